import type { DataSource } from 'typeorm';
import { insertInChunks } from '../../lib';
import { ArmedUnitEntity } from '../../subgraphs/armed-forces/entities/ArmedUnit';
import { MobilizationActivityEntity } from '../../subgraphs/armed-forces/entities/MobilizationActivity';
import { demoActivities } from './activities';
import { demoArmedUnits } from './units';

export { ACTIVITY } from './stories';
export { demoArmedUnits } from './units';

/**
 * The armed forces' part of the demo world (design section 8): every armed unit of
 * the demo provinces (`units.ts`), the activities of the shared stories (the
 * expressway, the Phan Hòa water shortage, the central coordination program:
 * `stories.ts`) and deterministic everyday ones so that every district has a few a
 * year (`activities.ts`). Heads below the centre get generated names
 * (`officialName`); citizens appear only as counts.
 */

/** Inserts the armed forces' demo data; rows that exist already are left as they are, so it can run again. */
export async function seedDemo(db: DataSource): Promise<void> {
  const units = demoArmedUnits();
  const activities = demoActivities(new Map(units.map((u) => [u.id, u])));
  await db.transaction(async (manager) => {
    await insertInChunks(manager, ArmedUnitEntity, units);
    await insertInChunks(manager, MobilizationActivityEntity, activities);
  });
}
