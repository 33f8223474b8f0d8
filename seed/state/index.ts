import type { DataSource } from 'typeorm';
import { carriedOnBy, conventionalId, insertInChunks, LAST_THREE_LEVEL_DAY, TWO_LEVEL_FIRST_DAY, type Viewer } from '../../lib';
import { AdministrativeUnit, UnitSuccessionRecord } from '../../subgraphs/state/entities/AdministrativeUnit';
import { Case, OPEN_STATUSES } from '../../subgraphs/state/entities/Case';
import { storeCaseTransfer } from '../../subgraphs/state/mutations/transferCase';
import { Dialogue } from '../../subgraphs/state/entities/Dialogue';
import { StateAgency } from '../../subgraphs/state/entities/StateAgency';
import { THREE_LEVEL_PROVINCES } from '../demo';
import { agencyRows } from './agencies';
import { caseRows } from './cases';
import { dialogueRows } from './dialogues';
import { successionRows, unit, unitRows } from './units';

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
  for (const code of THREE_LEVEL_PROVINCES) unit(code);
  await db.transaction(async (manager) => {
    await insertInChunks(manager, AdministrativeUnit, unitRows());
    await insertInChunks(manager, UnitSuccessionRecord, successionRows());
    await insertInChunks(manager, StateAgency, agencyRows());
    await insertInChunks(manager, Case, caseRows());
    await insertInChunks(manager, Dialogue, dialogueRows());
  });
  await carryOnOpenCases(db);
}

/**
 * The 2025 reorganization (design section 10): every demo case still open on
 * 2025-06-30 whose agency ended then moves on, on 2025-07-01, to the People's
 * Committee of the unit that carried its unit on (Phan Hòa's water case to Xã Bắc
 * Bình's, a district's cases to the new province's), through the product's own
 * transfer (audited, one idempotency key per case, so a second seeding changes nothing).
 */
async function carryOnOpenCases(db: DataSource): Promise<void> {
  const agencies = new Map(agencyRows().map((agency) => [agency.id, agency]));
  for (const record of caseRows()) {
    const agency = agencies.get(record.responsibleAgencyId)!;
    if (!OPEN_STATUSES.includes(record.status) || agency.validTo !== LAST_THREE_LEVEL_DAY) continue;
    const holder = carriedOnBy(record.unitCode, TWO_LEVEL_FIRST_DAY)!;
    const to = agencies.get(conventionalId('PCOM', holder))!;
    const viewer: Viewer = { sub: 'seed', org: { type: 'StateAgency', id: to.id }, roles: ['editor'] };
    const current = (await db.manager.findOneBy(Case, { id: record.id }))!;
    if (current.responsibleAgencyId === to.id) continue; // carried on by an earlier seeding
    await storeCaseTransfer(db, viewer, {
      current,
      to,
      transferredOn: TWO_LEVEL_FIRST_DAY,
      reason: `Sắp xếp đơn vị hành chính 2025: ${agency.name} kết thúc hoạt động ngày ${LAST_THREE_LEVEL_DAY}; ${to.name} tiếp nhận giải quyết.`,
      version: current.version,
      idempotencyKey: `demo/carry-on/${record.id}`,
    });
  }
}
