import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { demoCampaigns } from './demo/campaigns';
import { demoOrganizations } from './demo/organizations';
import { demoSupervisions } from './demo/supervisions';
import { CampaignEntity, FrontOrganizationEntity, RecommendationEntity, SupervisionEntity } from './entities';

const CHUNK = 500;

/** Inserts rows a chunk at a time; rows already there (same id) are left as they are. */
async function insertAll<T extends ObjectLiteral>(manager: EntityManager, entity: new () => T, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + CHUNK))
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
}

/**
 * The front's part of the demo world (design section 8): the Front and
 * socio-political organizations of every demo unit, the supervisions and
 * campaigns of the stories and some ordinary ones. Ids are deterministic, so a
 * second run inserts nothing.
 */
export async function seedDemo(db: DataSource): Promise<void> {
  const { supervisions, recommendations } = demoSupervisions();
  await db.transaction(async (manager) => {
    // Parents before children: organizations before what they conduct and organize.
    await insertAll(manager, FrontOrganizationEntity, demoOrganizations());
    await insertAll(manager, SupervisionEntity, supervisions);
    await insertAll(manager, RecommendationEntity, recommendations);
    await insertAll(manager, CampaignEntity, demoCampaigns());
  });
}
