import { referenceUnit, TWO_LEVEL_FIRST_DAY } from '../../lib';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../lib';
import { storeReportingGuidance } from '../../subgraphs/party/mutations/setReportingGuidance';
import type { StoredGuidance } from '../../subgraphs/party/reporting/guidance';
import { CENTRAL, orgId } from '../demo';
import { commissionRows } from './organizations';

/**
 * The reporting guidance of the demo (design section 4), set by two commissions:
 * - the Central Commission, for the periods from 2025-01-01: every frequency with the
 *   regulation's due days, but a month that ends a quarter, a half-year, nine months or
 *   the year owes only the broadest report ending there: 12 reports a year per
 *   organization instead of 20;
 * - Lâm Đồng's commission formed on 2025-07-01, for its province from 2026-01-01:
 *   quarterly reports due in 7 days and the annual one in 15, broadest only (the
 *   fourth quarter's report is the year's), figures on the state agencies' convention
 *   of Decree 09/2019/NĐ-CP: 4 reports a year.
 * Periods that began before 2025 keep the regulation's defaults (every frequency), so
 * the 2024 stories read as before. Hải Phòng (31) and Gia Lai (52) have no guidance of
 * their own: the Central one applies there.
 */
export const CENTRAL_GUIDANCE_FROM = '2025-01-01';
export const LAM_DONG_GUIDANCE_FROM = '2026-01-01';

export function demoGuidance(): StoredGuidance[] {
  const commissions = new Map(commissionRows().map((c) => [c.id, c]));
  const stored = (
    commissionId: string,
    guidance: Omit<StoredGuidance, 'commissionId' | 'unitPath' | 'commissionValidFrom' | 'commissionValidTo'>,
  ) => {
    const commission = commissions.get(commissionId)!;
    return {
      ...guidance,
      commissionId,
      unitPath: commission.unitPath,
      commissionValidFrom: commission.validFrom,
      commissionValidTo: commission.validTo,
    };
  };
  return [
    stored(CENTRAL.commission, {
      takesEffectOn: CENTRAL_GUIDANCE_FROM,
      frequencies: ['MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'NINE_MONTHS', 'ANNUAL'],
      dueDays: { MONTHLY: 5, QUARTERLY: 10, SEMI_ANNUAL: 15, NINE_MONTHS: 15, ANNUAL: 20 },
      broadestOnly: true,
      coverage: 'CALENDAR',
    }),
    stored(orgId.commission(referenceUnit('68', TWO_LEVEL_FIRST_DAY)!), {
      takesEffectOn: LAM_DONG_GUIDANCE_FROM,
      frequencies: ['QUARTERLY', 'ANNUAL'],
      dueDays: { QUARTERLY: 7, ANNUAL: 15 },
      broadestOnly: true,
      coverage: 'STATE_CONVENTION',
    }),
  ];
}

/**
 * The demo's guidance (or `guidance`, the national data's) as the product stores it
 * (`setReportingGuidance`, audited, one idempotency key each: a second seeding changes nothing).
 */
export async function storeDemoGuidance(db: DataSource, guidance: readonly StoredGuidance[] = demoGuidance()): Promise<void> {
  for (const { commissionId, unitPath, takesEffectOn, frequencies, dueDays, broadestOnly, coverage } of guidance) {
    const viewer: Viewer = { sub: 'seed', org: { type: 'MassMobilizationCommission', id: commissionId }, roles: ['editor'] };
    await storeReportingGuidance(db, viewer, {
      commissionId,
      unitPath,
      takesEffectOn,
      frequencies,
      dueDays,
      broadestOnly,
      coverage,
      idempotencyKey: `demo/guidance/${commissionId}/${takesEffectOn}`,
    });
  }
}
