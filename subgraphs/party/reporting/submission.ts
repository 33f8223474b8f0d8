import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OrganizationRef, requireEditor, requireWriter } from '../../kit/authorization';
import { badInput, ERRORS } from '../../kit/errors';
import { runMutation } from '../../kit/mutations';
import { vietnamDate } from '../../kit/scalars';
import { referenceUnit, requireUnitPath } from '../../kit/units';
import { requireText } from '../../kit/validation';
import type { Context } from '../context';
import { MassMobilizationCommissionEntity, PartyCommitteeEntity, ReportEntity } from '../entities';
import type { Classification, ReportKind } from '../entities/Report';
import { committeesAbove, committeesFrom } from '../hierarchy';
import { organizationRef } from '../mutations/organizationInputs';
import type { OrganizationTypeEnum } from '../references';
import { isFuturePeriod, ReportingPeriod, PeriodInput, samePeriod, validatePeriod } from './periods';

export const MAX_TITLE_LENGTH = 300;
export const MAX_SUMMARY_LENGTH = 20_000;

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

/** Where a report goes and from which unit, by the rules of the regime, and who may send it. */
interface Routing {
  unitCode: string;
  recipient: PartyCommitteeEntity;
  copyTo: MassMobilizationCommissionEntity | null;
  /** The organizations above the submitter whose editors may submit in its name. */
  above: OrganizationRef[];
}

/** The input, checked field by field and normalized: it is also the request's fingerprint for the idempotency key. */
function validate(input: SubmitReportInput, now: Date) {
  const submitter = organizationRef('input.submitter', input.submitter);
  const title = requireText('input.title', input.title, MAX_TITLE_LENGTH);
  const summary = requireText('input.summary', input.summary, MAX_SUMMARY_LENGTH);
  let period: ReportingPeriod | null = null;
  if (input.kind === 'PERIODIC') {
    if (input.period == null) throw badInput('input.period', null, 'a period: it is required for a PERIODIC report');
    period = validatePeriod(input.period, 'input.period');
    const today = vietnamDate(now);
    if (isFuturePeriod(period, today)) {
      throw badInput('input.period', period.label, `a period that has begun (today is ${today} in Vietnam)`);
    }
  }
  const unitCode = input.unitCode ?? null;
  if (submitter.type !== 'PartyCommittee' && submitter.type !== 'MassMobilizationCommission') {
    // Another family's organization: the party database keeps no copy of it, so its unit comes with the input.
    if (unitCode === null) {
      throw badInput('input.unitCode', null, `the code of the unit of ${submitter.type} ${submitter.id} (required for a ${input.submitter.type} submitter)`);
    }
    requireUnitPath('input.unitCode', unitCode);
    if (input.kind === 'PERIODIC' && referenceUnit(unitCode)!.level === 'CENTRAL') {
      // Rule 1 binds provincial, district and commune organizations; the Central Committee receives rule 2 reports only.
      throw badInput('input.unitCode', unitCode, 'a provincial, district or commune unit: periodic reports go to local party committees');
    }
  }
  return {
    submitter,
    unitCode,
    kind: input.kind,
    // An urgent report has no period: one given with it is ignored, and so is not part of the request.
    period: period && { year: period.year, frequency: period.frequency, index: period.index },
    title,
    summary,
    corrects: input.corrects ?? null,
    classification: input.classification ?? 'PUBLIC',
    idempotencyKey: input.idempotencyKey ?? null,
  };
}

type SubmitReportFields = ReturnType<typeof validate>;

/** The committee of a unit (`PC-<code>` by the seed, but looked up, never derived). */
async function committeeOfUnit(manager: EntityManager, unitCode: string): Promise<PartyCommitteeEntity> {
  const committee = await manager.findOneBy(PartyCommitteeEntity, { unitCode });
  if (!committee) throw ERRORS.NOT_FOUND.err(`input.unitCode: no party committee is recorded for unit ${unitCode}`, { field: 'input.unitCode' });
  return committee;
}

function checkOwnUnit(unitCode: string | null, actual: string, who: string): void {
  if (unitCode !== null && unitCode !== actual) throw badInput('input.unitCode', unitCode, `the unit of ${who}, ${actual}`);
}

/**
 * The recipient follows from the rules (design section 4), for urgent reports as
 * for periodic ones: a party committee reports to the committee of the parent unit
 * (copy to its commission); any other organization to the committee of its own unit
 * (copy to that unit's commission, none at commune level).
 *
 * Whether a report settles an obligation is not decided here but by the obligation
 * list. A party committee owes periodic reports when it has a parent (rule 2), and a
 * commission never does (it sends URGENT reports only): both are checked here, from
 * this database. Another family's organization is checked only for its unit: the
 * party database keeps no copy of the other families' organizations, so it cannot
 * tell a People's Committee from a People's Council, or an armed unit at its unit's
 * tier from one above it. Its periodic report is filed, and counts when, and only
 * when, its owner lists it as a reporting organization of that unit (the
 * `@requires` lists of `reportingCompliance` and `reportingByFamily`, read from the
 * owner on every query): an organization the rules do not bind files a report
 * that no obligation asks for, and no status changes.
 *
 * Who may submit (design section 6: an editor of the owner or of an organization
 * above it): the submitter owns its report. Above a party committee are the
 * committees of its parent chain; above a commission, its own committee and that
 * committee's chain. Above another family's organization, none that this subgraph
 * could name: the party database knows no other family's hierarchy (no copy of their
 * organizations is kept here), so only an editor of the submitter itself may submit
 * in its name. A district never submits as its province: the province is above it,
 * not below.
 */
async function route(manager: EntityManager, fields: SubmitReportFields): Promise<Routing> {
  const { type, id } = fields.submitter;
  const commissionOf = (committee: PartyCommitteeEntity) =>
    manager.findOneBy(MassMobilizationCommissionEntity, { partyCommitteeId: committee.id });

  if (type === 'PartyCommittee') {
    const committee = await manager.findOneBy(PartyCommitteeEntity, { id });
    if (!committee) throw ERRORS.NOT_FOUND.err(`input.submitter.id: no party committee has id ${id}`, { field: 'input.submitter.id' });
    checkOwnUnit(fields.unitCode, committee.unitCode, `PartyCommittee ${id}`);
    if (!committee.parentId) {
      throw badInput('input.submitter.id', id, 'a committee below the Central Committee, which reports to no committee');
    }
    const recipient = (await manager.findOneBy(PartyCommitteeEntity, { id: committee.parentId }))!;
    return { unitCode: committee.unitCode, recipient, copyTo: await commissionOf(recipient), above: await committeesAbove(manager, committee.id) };
  }

  if (type === 'MassMobilizationCommission') {
    // The commissions run the regime for their committees (Decision 23-QĐ/TW, chapter 3, item 8):
    // they receive copies of periodic reports, they do not owe any.
    if (fields.kind === 'PERIODIC') {
      throw badInput('input.submitter.type', 'MASS_MOBILIZATION_COMMISSION', 'an organization that owes periodic reports; a commission sends URGENT reports only');
    }
    const commission = await manager.findOneBy(MassMobilizationCommissionEntity, { id });
    if (!commission) {
      throw ERRORS.NOT_FOUND.err(`input.submitter.id: no Mass Mobilization Commission has id ${id}`, { field: 'input.submitter.id' });
    }
    checkOwnUnit(fields.unitCode, commission.unitCode, `MassMobilizationCommission ${id}`);
    const recipient = (await manager.findOneBy(PartyCommitteeEntity, { id: commission.partyCommitteeId }))!;
    return { unitCode: commission.unitCode, recipient, copyTo: null, above: await committeesFrom(manager, commission.partyCommitteeId) };
  }

  const unitCode = fields.unitCode!;
  const recipient = await committeeOfUnit(manager, unitCode);
  return { unitCode, recipient, copyTo: await commissionOf(recipient), above: [] };
}

/**
 * A correction must continue a report of the same submitter, recipient, kind and
 * period: an obligation is settled by the first periodic report for (submitter,
 * recipient, period), and a correction supersedes that report's content, never its
 * timeliness. Sent to another recipient (another `unitCode`), it would be the first
 * report of an obligation it does not belong to.
 */
async function checkCorrected(manager: EntityManager, fields: SubmitReportFields, routing: Routing): Promise<ReportEntity | null> {
  if (fields.corrects === null) return null;
  const corrected = await manager.findOneBy(ReportEntity, { id: fields.corrects });
  if (!corrected) throw ERRORS.NOT_FOUND.err(`input.corrects: no report has id ${fields.corrects}`, { field: 'input.corrects' });
  const { period } = fields;
  const sameSubmitter = corrected.submitterType === fields.submitter.type && corrected.submitterId === fields.submitter.id;
  const samePeriodOrNone =
    corrected.periodYear === null || period === null
      ? corrected.periodYear === null && period === null
      : samePeriod({ year: corrected.periodYear, frequency: corrected.periodFrequency!, index: corrected.periodIndex }, period);
  if (!sameSubmitter || corrected.recipientId !== routing.recipient.id || corrected.kind !== fields.kind || !samePeriodOrNone) {
    throw badInput('input.corrects', fields.corrects, 'a report of the same submitter, recipient, kind and period');
  }
  return corrected;
}

/** What the audit row keeps of a report: every field a reader sees (the unit path is derived). */
function snapshot(report: ReportEntity): object {
  const { submitterUnitPath: _path, ...fields } = report;
  return fields;
}

/**
 * `submitReport`: checks the input, routes the report by the rules and stores it
 * with its audit row, in one transaction (the kit's `runMutation`). A retry with the
 * same idempotency key and the same input returns the first report instead of
 * filing a second one. Reports are never changed afterwards: a correction is a new
 * report, so the submitter owns each report it files.
 */
export async function submitReport(input: SubmitReportInput, ctx: Context, now: Date = new Date()): Promise<ReportEntity> {
  const operation = 'submitReport';
  requireEditor(ctx.viewer, operation);
  const fields = validate(input, now);

  return runMutation(
    ctx.db,
    ctx.viewer,
    { operation, recordType: 'Report', input: fields },
    async (manager) => {
      const routing = await route(manager, fields);
      const corrected = await checkCorrected(manager, fields, routing);
      const owner = fields.submitter;
      requireWriter(ctx.viewer, operation, 'input.submitter', owner, routing.above);

      const report = manager.create(ReportEntity, {
        id: randomUUID(),
        kind: fields.kind,
        periodYear: fields.period?.year ?? null,
        periodFrequency: fields.period?.frequency ?? null,
        periodIndex: fields.period?.index ?? null,
        submitterType: owner.type,
        submitterId: owner.id,
        submitterUnitCode: routing.unitCode,
        submitterUnitPath: requireUnitPath('input.unitCode', routing.unitCode),
        recipientId: routing.recipient.id,
        copyToId: routing.copyTo?.id ?? null,
        title: fields.title,
        summary: fields.summary,
        submittedAt: now,
        correctsId: corrected?.id ?? null,
        originalId: corrected ? (corrected.originalId ?? corrected.id) : null,
        classification: fields.classification,
      });
      await manager.insert(ReportEntity, report);
      return { record: report, recordId: report.id, owner, before: null, after: snapshot(report) };
    },
    // A retry: the report the key first produced (its submitter always reads it back).
    async (manager, id) => manager.findOneByOrFail(ReportEntity, { id }),
  );
}
