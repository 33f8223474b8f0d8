import type { DataSource } from 'typeorm';
import { insertInChunks } from '../../lib';
import { AdministrativeUnit } from '../../subgraphs/state/entities/AdministrativeUnit';
import { Case } from '../../subgraphs/state/entities/Case';
import { Dialogue } from '../../subgraphs/state/entities/Dialogue';
import { StateAgency } from '../../subgraphs/state/entities/StateAgency';
import { DEMO_PROVINCES } from '../demo';
import { agencyRows } from './agencies';
import { caseRows } from './cases';
import { dialogueRows } from './dialogues';
import { unit, unitRows } from './units';

/**
 * The state subgraph's part of the demo world (design section 8): the units of the
 * demo provinces, their People's Committees and Councils, the central agencies,
 * the citizens' cases of the stories the sources tell (Bình Thuận's expressway
 * site clearance, Phan Hòa's water shortage, ...) and the dialogues held about
 * them. Everything is derived from fixed ids and `pick`, so a second run inserts
 * nothing new.
 */

/** Read by seed/organizations.ts: the organizations `npm run token` signs for. */
export { agencyRows };

/** Seeds the state's database with the demo world; idempotent (ON CONFLICT DO NOTHING). */
export async function seedDemo(db: DataSource): Promise<void> {
  // Checked here so that a demo province missing from the unit list fails loudly.
  for (const code of DEMO_PROVINCES) unit(code);
  await db.transaction(async (manager) => {
    await insertInChunks(manager, AdministrativeUnit, unitRows());
    await insertInChunks(manager, StateAgency, agencyRows());
    await insertInChunks(manager, Case, caseRows());
    await insertInChunks(manager, Dialogue, dialogueRows());
  });
}
