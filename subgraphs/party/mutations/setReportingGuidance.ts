import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  badInput,
  FREQUENCIES,
  MAX_YEAR,
  MIN_YEAR,
  type OrganizationRef,
  requireEditor,
  requireInForceToday,
  requireWriter,
  runMutation,
  type Viewer,
} from '../../../lib';
import type { Context } from '../context';
import { ReportingGuidanceEntity } from '../entities';
import type { SetReportingGuidanceInput } from '../generated/resolvers';
import { aboveCommission } from '../hierarchy';
import { sortFrequencies } from '../reporting/guidance';
import type { Frequency } from '../reporting/periods';
import { requireCommission } from './inputs';

const OPERATION = 'setReportingGuidance';
/** The longest a report may be due after its period: two months. */
export const MAX_DUE_DAYS = 60;

/** The input, checked field by field in the SDL's order, normalized (it is also the idempotency fingerprint). */
function validate(input: SetReportingGuidanceInput) {
  const year = Number(input.takesEffectOn.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw badInput('input.takesEffectOn', input.takesEffectOn, `a day of a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  const frequencies = input.frequencies as Frequency[];
  if (frequencies.length === 0) throw badInput('input.frequencies', [], `at least one of ${FREQUENCIES.join(', ')}`);
  const repeated = frequencies.find((frequency, i) => frequencies.indexOf(frequency) !== i);
  if (repeated) throw badInput('input.frequencies', repeated, 'each frequency once');
  const dueDays: Partial<Record<Frequency, number>> = {};
  input.dueDays.forEach(({ frequency, days }, i) => {
    const field = `input.dueDays[${i}]`;
    if (!frequencies.includes(frequency))
      throw badInput(`${field}.frequency`, frequency, `one of the frequencies owed (${frequencies.join(', ')})`);
    if (dueDays[frequency] !== undefined) throw badInput(`${field}.frequency`, frequency, 'each frequency once');
    if (!Number.isInteger(days) || days < 1 || days > MAX_DUE_DAYS)
      throw badInput(`${field}.days`, days, `a whole number of days from 1 to ${MAX_DUE_DAYS}`);
    dueDays[frequency] = days;
  });
  const missing = frequencies.filter((frequency) => dueDays[frequency] === undefined);
  if (missing.length > 0) throw badInput('input.dueDays', missing.join(', '), 'a due day for every frequency owed');
  return {
    commissionId: input.commissionId,
    takesEffectOn: input.takesEffectOn,
    frequencies: sortFrequencies(frequencies),
    dueDays,
    broadestOnly: input.broadestOnly,
    coverage: input.coverage ?? 'CALENDAR',
    idempotencyKey: input.idempotencyKey,
  };
}

/**
 * Stores a commission's guidance for a day, replacing the one it set for the same day,
 * with its audit row (the library's `runMutation`). `setReportingGuidance` checks and
 * authorizes first; the demo seed calls it for the guidance of its story.
 */
export function storeReportingGuidance(
  db: DataSource,
  viewer: Viewer,
  fields: ReturnType<typeof validate> & { unitPath: string },
): Promise<ReportingGuidanceEntity> {
  const owner: OrganizationRef = { type: 'MassMobilizationCommission', id: fields.commissionId };
  const { unitPath, ...input } = fields;
  return runMutation(
    db,
    viewer,
    { operation: OPERATION, recordType: 'ReportingGuidance', input },
    async (tx) => {
      const before = await tx.findOne(ReportingGuidanceEntity, {
        where: { commissionId: fields.commissionId, takesEffectOn: fields.takesEffectOn },
        lock: { mode: 'pessimistic_write' },
      });
      const record = tx.create(ReportingGuidanceEntity, {
        id: before?.id ?? randomUUID(),
        commissionId: fields.commissionId,
        unitPath,
        takesEffectOn: fields.takesEffectOn,
        frequencies: fields.frequencies,
        dueDays: fields.dueDays,
        broadestOnly: fields.broadestOnly,
        coverage: fields.coverage,
      });
      await tx.save(ReportingGuidanceEntity, record);
      return { record, recordId: record.id, owner, before: before ? { ...before } : null, after: { ...record } };
    },
    (tx, id) => tx.findOneByOrFail(ReportingGuidanceEntity, { id }),
  );
}

/**
 * `setReportingGuidance`: a commission guides the reporting regime for its unit and
 * every unit below (design section 4). The commission owns its guidance: an editor of
 * it, of its committee or of a commission or committee above them may set it, while
 * the commission is in force (an ended one's successor guides in its place). Who may
 * comes first, then the input.
 */
export async function setReportingGuidance(input: SetReportingGuidanceInput, ctx: Context): Promise<ReportingGuidanceEntity> {
  requireEditor(ctx.viewer, OPERATION);
  const commission = await requireCommission(ctx.db.manager, 'input.commissionId', input.commissionId);
  const owner: OrganizationRef = { type: 'MassMobilizationCommission', id: commission.id };
  requireWriter(ctx.viewer, OPERATION, 'input.commissionId', owner, await aboveCommission(ctx.db.manager, commission.partyCommitteeId));
  await requireInForceToday('input.commissionId', commission, ctx.loaders.massMobilizationCommissionSuccessors);
  const stored = await storeReportingGuidance(ctx.db, ctx.viewer, { ...validate(input), unitPath: commission.unitPath });
  ctx.loaders.guidanceByCommission.clear(commission.id);
  return stored;
}
