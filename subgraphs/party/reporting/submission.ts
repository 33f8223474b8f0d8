import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OrganizationTypeName, Viewer } from '../../kit/auth';
import { badInput, ERRORS } from '../../kit/errors';
import { vietnamDate } from '../../kit/scalars';
import { referenceUnit, requireUnitPath } from '../../kit/units';
import type { Context } from '../context';
import { MassMobilizationCommissionEntity, PartyCommitteeEntity, ReportEntity } from '../entities';
import type { Classification, ReportKind } from '../entities/Report';
import { ORGANIZATION_TYPE_NAMES, OrganizationTypeEnum } from '../references';
import { isFuturePeriod, ReportingPeriod, PeriodInput, samePeriod, validatePeriod } from './periods';

export const MAX_TITLE_LENGTH = 300;
export const MAX_SUMMARY_LENGTH = 20_000;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** `SubmitReportInput`. */
export interface SubmitReportInput {
  submitter: { type: OrganizationTypeEnum; id: string };
  unitCode?: string | null;
  period?: PeriodInput | null;
  kind: ReportKind;
  title: string;
  summary: string;
  corrects?: string | null;
  classification?: Classification | null;
  idempotencyKey?: string | null;
}

/** Where a report goes and from which unit, by the rules of the regime. */
interface Routing {
  unitCode: string;
  recipient: PartyCommitteeEntity;
  copyTo: MassMobilizationCommissionEntity | null;
}

/**
 * Only an editor (or admin) of the submitting organization itself may submit
 * (design section 6: a district cannot report as its province).
 */
function authorize(viewer: Viewer, submitterType: OrganizationTypeName, submitterId: string): void {
  if (!viewer.roles.includes('editor') && !viewer.roles.includes('admin')) {
    throw ERRORS.FORBIDDEN.err(`submitReport: the role editor or admin is required; the token has ${viewer.roles.join(', ') || 'no role'}`);
  }
  if (viewer.org.type !== submitterType || viewer.org.id !== submitterId) {
    throw ERRORS.FORBIDDEN.err(
      `input.submitter: ${submitterType} ${submitterId} is not the token's organization (${viewer.org.type} ${viewer.org.id})`,
      { field: 'input.submitter' },
    );
  }
}

function checkText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length < 1 || text.length > max) {
    throw badInput(field, value.length > 50 ? `${value.slice(0, 50)}…` : value, `text of 1 to ${max} characters`);
  }
  return text;
}

/** The input's fingerprint: a retry with the same idempotency key must match it. */
function requestHash(input: SubmitReportInput, period: ReportingPeriod | null): string {
  const canonical = [
    input.submitter.type,
    input.submitter.id,
    input.unitCode ?? null,
    period ? [period.year, period.frequency, period.index] : null,
    input.kind,
    input.title,
    input.summary,
    input.corrects ?? null,
    input.classification ?? 'PUBLIC',
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** The committee of a unit (`PC-<code>` by the seed, but looked up, never derived). */
async function committeeOfUnit(manager: EntityManager, unitCode: string): Promise<PartyCommitteeEntity> {
  const committee = await manager.findOneBy(PartyCommitteeEntity, { unitCode });
  if (!committee) throw ERRORS.NOT_FOUND.err(`input.unitCode: no party committee is recorded for unit ${unitCode}`, { field: 'input.unitCode' });
  return committee;
}

function checkOwnUnit(unitCode: string | null | undefined, actual: string, who: string): void {
  if (unitCode != null && unitCode !== actual) throw badInput('input.unitCode', unitCode, `the unit of ${who}, ${actual}`);
}

/**
 * The recipient follows from the rules (design section 4), for urgent reports as
 * for periodic ones: a party committee reports to the committee of the parent unit
 * (copy to its commission); any other organization to the committee of its own unit
 * (copy to that unit's commission, none at commune level).
 */
async function route(manager: EntityManager, input: SubmitReportInput, submitterType: OrganizationTypeName): Promise<Routing> {
  const { id } = input.submitter;
  const commissionOf = (committee: PartyCommitteeEntity) =>
    manager.findOneBy(MassMobilizationCommissionEntity, { partyCommitteeId: committee.id });

  if (submitterType === 'PartyCommittee') {
    const committee = await manager.findOneBy(PartyCommitteeEntity, { id });
    if (!committee) throw ERRORS.NOT_FOUND.err(`input.submitter.id: no party committee has id ${id}`, { field: 'input.submitter.id' });
    checkOwnUnit(input.unitCode, committee.unitCode, `PartyCommittee ${id}`);
    if (!committee.parentId) {
      throw badInput('input.submitter.id', id, 'a committee below the Central Committee, which reports to no committee');
    }
    const recipient = (await manager.findOneBy(PartyCommitteeEntity, { id: committee.parentId }))!;
    return { unitCode: committee.unitCode, recipient, copyTo: await commissionOf(recipient) };
  }

  if (submitterType === 'MassMobilizationCommission') {
    // The commissions run the regime for their committees (Decision 23-QĐ/TW, chapter 3, item 8):
    // they receive copies of periodic reports, they do not owe any.
    if (input.kind === 'PERIODIC') {
      throw badInput('input.submitter.type', input.submitter.type, 'an organization that owes periodic reports; a commission sends URGENT reports only');
    }
    const commission = await manager.findOneBy(MassMobilizationCommissionEntity, { id });
    if (!commission) {
      throw ERRORS.NOT_FOUND.err(`input.submitter.id: no Mass Mobilization Commission has id ${id}`, { field: 'input.submitter.id' });
    }
    checkOwnUnit(input.unitCode, commission.unitCode, `MassMobilizationCommission ${id}`);
    const recipient = (await manager.findOneBy(PartyCommitteeEntity, { id: commission.partyCommitteeId }))!;
    return { unitCode: commission.unitCode, recipient, copyTo: null };
  }

  // Another family's organization: the party database keeps no copy of it, so its unit comes with the input.
  if (input.unitCode == null) {
    throw badInput('input.unitCode', null, `the code of the unit of ${submitterType} ${id} (required for a ${input.submitter.type} submitter)`);
  }
  requireUnitPath('input.unitCode', input.unitCode);
  if (input.kind === 'PERIODIC' && referenceUnit(input.unitCode)!.level === 'CENTRAL') {
    // Rule 1 binds provincial, district and commune organizations; the Central Committee receives rule 2 reports only.
    throw badInput('input.unitCode', input.unitCode, 'a provincial, district or commune unit: periodic reports go to local party committees');
  }
  const recipient = await committeeOfUnit(manager, input.unitCode);
  return { unitCode: input.unitCode, recipient, copyTo: await commissionOf(recipient) };
}

/** A correction must continue a report of the same submitter, kind and period. */
async function checkCorrected(
  manager: EntityManager,
  input: SubmitReportInput,
  submitterType: OrganizationTypeName,
  period: ReportingPeriod | null,
): Promise<ReportEntity | null> {
  if (input.corrects == null) return null;
  const corrected = await manager.findOneBy(ReportEntity, { id: input.corrects });
  if (!corrected) throw ERRORS.NOT_FOUND.err(`input.corrects: no report has id ${input.corrects}`, { field: 'input.corrects' });
  const sameSubmitter = corrected.submitterType === submitterType && corrected.submitterId === input.submitter.id;
  const samePeriodOrNone =
    corrected.periodYear === null || period === null
      ? corrected.periodYear === null && period === null
      : samePeriod({ year: corrected.periodYear, frequency: corrected.periodFrequency!, index: corrected.periodIndex }, period);
  if (!sameSubmitter || corrected.kind !== input.kind || !samePeriodOrNone) {
    throw badInput('input.corrects', input.corrects, 'a report of the same submitter, kind and period');
  }
  return corrected;
}

const isUniqueViolation = (error: unknown, constraint: string) =>
  (error as { code?: string; driverError?: { code?: string; constraint?: string } }).driverError?.code === '23505' &&
  (error as { driverError: { constraint?: string } }).driverError.constraint === constraint;

/** The report a key was first used for: the same input gets it back, other input a CONFLICT. */
function replay(existing: ReportEntity, hash: string, key: string): ReportEntity {
  if (existing.requestHash !== hash) {
    throw ERRORS.CONFLICT.err(`input.idempotencyKey: ${JSON.stringify(key)} was already used for a different submission`, {
      field: 'input.idempotencyKey',
    });
  }
  return existing;
}

/**
 * `submitReport`: checks the input, routes the report by the rules and stores it,
 * all in one transaction. A retry with the same idempotency key and the same input
 * returns the first report instead of filing a second one.
 */
export async function submitReport(input: SubmitReportInput, ctx: Context, now: Date = new Date()): Promise<ReportEntity> {
  const submitterType = ORGANIZATION_TYPE_NAMES[input.submitter.type];
  authorize(ctx.viewer, submitterType, input.submitter.id);

  const title = checkText('input.title', input.title, MAX_TITLE_LENGTH);
  const summary = checkText('input.summary', input.summary, MAX_SUMMARY_LENGTH);
  let period: ReportingPeriod | null = null;
  if (input.kind === 'PERIODIC') {
    if (input.period == null) throw badInput('input.period', null, 'a period: it is required for a PERIODIC report');
    period = validatePeriod(input.period, 'input.period');
    const today = vietnamDate(now);
    if (isFuturePeriod(period, today)) {
      throw badInput('input.period', period.label, `a period that has begun (today is ${today} in Vietnam)`);
    }
  }
  const key = input.idempotencyKey ?? null;
  if (key !== null && (key.length < 1 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
    throw badInput('input.idempotencyKey', key, `text of 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`);
  }
  const hash = requestHash(input, period);

  try {
    return await ctx.db.transaction(async (manager) => {
      if (key !== null) {
        const existing = await manager.findOneBy(ReportEntity, { idempotencyKey: key });
        if (existing) return replay(existing, hash, key);
      }
      const routing = await route(manager, input, submitterType);
      const corrected = await checkCorrected(manager, input, submitterType, period);
      const report = manager.create(ReportEntity, {
        id: randomUUID(),
        kind: input.kind,
        periodYear: period?.year ?? null,
        periodFrequency: period?.frequency ?? null,
        periodIndex: period?.index ?? null,
        submitterType,
        submitterId: input.submitter.id,
        submitterUnitCode: routing.unitCode,
        submitterUnitPath: requireUnitPath('input.unitCode', routing.unitCode),
        recipientId: routing.recipient.id,
        copyToId: routing.copyTo?.id ?? null,
        title,
        summary,
        submittedAt: now,
        correctsId: corrected?.id ?? null,
        originalId: corrected ? (corrected.originalId ?? corrected.id) : null,
        classification: input.classification ?? 'PUBLIC',
        idempotencyKey: key,
        requestHash: key === null ? null : hash,
      });
      await manager.insert(ReportEntity, report);
      return report;
    });
  } catch (error) {
    // Two submissions with one key raced: the other committed first, so answer as a retry would.
    if (key !== null && isUniqueViolation(error, 'report_idempotency_key_key')) {
      const existing = await ctx.db.manager.findOneByOrFail(ReportEntity, { idempotencyKey: key });
      return replay(existing, hash, key);
    }
    throw error;
  }
}
