import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  badInput,
  ERRORS,
  NamedOrganization,
  OrganizationRef,
  organizationRef,
  requireEditor,
  requireOrganizations,
  requireText,
  requireWriter,
  runMutation,
  unitPath,
  vietnamDate,
  inForceOn,
  requireInForceToday,
  type Validity,
  MAX_TITLE_LENGTH,
  MAX_LONG_TEXT,
  optionalText,
  requireIdShape,
  requireRecord,
} from '../../../lib';
import type { Context } from '../context';
import { MassMobilizationCommissionEntity, PartyCommitteeEntity, ReportEntity } from '../entities';
import type { ReportContent } from '../entities/Report';
import type { ReportContentInput, SubmitReportInput } from '../generated/resolvers';
import { committeesAbove, committeesFrom } from '../hierarchy';
import { guidanceFor, whyNotOwed } from '../reporting/guidance';
import { describePeriod, isFuturePeriod, ReportingPeriod, samePeriod, validatePeriod } from '../reporting/periods';
import { routeOf, RULE_1_LEVELS } from '../reporting/regime';
import { requireCommission, requireCommittee } from './inputs';

export const MAX_SUMMARY_LENGTH = 20_000;

/** Where a report goes and from which unit, by the rules of the regime, and who may send it. */
interface Routing {
  unitCode: string;
  /** When the submitter was in force: a period it did not see end is not its to report. */
  validity: Validity;
  recipient: PartyCommitteeEntity;
  copyTo: MassMobilizationCommissionEntity | null;
  /** Rule 4: the commission a commission's periodic report goes to (`recipient` is its committee). */
  recipientCommission?: MassMobilizationCommissionEntity;
  /** The organizations above the submitter whose editors may submit in its name. */
  above: OrganizationRef[];
}

export const MAX_HOT_SPOTS = 50;
export const MAX_HOT_SPOT_LENGTH = 5_000;

/** The content by section, checked and normalized; null when none was given (or every section was left empty). */
function checkContent(input: ReportContentInput | null | undefined): ReportContent | null {
  if (input == null) return null;
  const hotSpots = input.hotSpots ?? [];
  if (hotSpots.length > MAX_HOT_SPOTS) throw badInput('input.content.hotSpots', `${hotSpots.length} hot spots`, `at most ${MAX_HOT_SPOTS}`);
  const results = input.results ?? [];
  results.forEach((result, i) => {
    if (results.findIndex((other) => other.field === result.field) !== i) {
      throw badInput(`input.content.results[${i}].field`, result.field, 'each field of work once');
    }
  });
  const content: ReportContent = {
    peopleSituation: optionalText('input.content.peopleSituation', input.peopleSituation, MAX_LONG_TEXT),
    hotSpots: hotSpots.map((spot, i) => ({
      description: requireText(`input.content.hotSpots[${i}].description`, spot.description, MAX_HOT_SPOT_LENGTH),
      caseId: spot.caseId == null ? null : requireIdShape(`input.content.hotSpots[${i}].caseId`, spot.caseId),
    })),
    results: results.map((result, i) => ({
      field: result.field,
      text: requireText(`input.content.results[${i}].text`, result.text, MAX_LONG_TEXT),
    })),
    proposals: optionalText('input.content.proposals', input.proposals, MAX_LONG_TEXT),
  };
  const empty = !content.peopleSituation && !content.proposals && content.hotSpots.length === 0 && content.results.length === 0;
  return empty ? null : content;
}

/**
 * The input, checked field by field and normalized, once the submitter is known
 * (`routing`): it is also the request's fingerprint for the idempotency key.
 */
function validate(input: SubmitReportInput, submitter: NamedOrganization, routing: Routing, now: Date) {
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
    // The structure on the period's last day decides who owes what (design section 10):
    // an organization formed on 2025-07-01 owes nothing for a period that ended before.
    if (!inForceOn(routing.validity, period.endsOn)) {
      throw badInput(
        'input.period',
        period.label,
        `a period whose last day (${period.endsOn}) ${submitter.type} ${submitter.id} was in force on (from ${routing.validity.validFrom ?? 'the start'} to ${routing.validity.validTo ?? 'today'})`,
      );
    }
  }
  // The unit is the submitter's own, from its owner's records; one given with the input must agree.
  if (input.unitCode != null && input.unitCode !== routing.unitCode) {
    throw badInput(
      'input.unitCode',
      input.unitCode,
      `the unit of ${submitter.type} ${submitter.id}, ${routing.unitCode} (it may be left out)`,
    );
  }
  return {
    submitter: { type: submitter.type, id: submitter.id },
    kind: input.kind,
    // An urgent report has no period: one given with it is ignored, and so is not part of the request.
    period: period && { year: period.year, frequency: period.frequency, index: period.index },
    title,
    summary,
    content: checkContent(input.content),
    corrects: input.corrects ?? null,
    classification: input.classification ?? 'PUBLIC',
    idempotencyKey: input.idempotencyKey ?? null,
  };
}

type SubmitReportFields = ReturnType<typeof validate>;

/** The committee of a unit in force today (`PC-<code>` by the seed, but looked up, never derived). */
async function committeeOfUnit(
  db: DataSource,
  unitCode: string,
  submitter: NamedOrganization,
  today: string,
): Promise<PartyCommitteeEntity> {
  const committee = await db.manager
    .createQueryBuilder(PartyCommitteeEntity, 'pc')
    .where('pc.unit_code = :unitCode AND :today BETWEEN pc.valid_from AND pc.valid_to', { unitCode, today })
    .getOne();
  if (!committee) {
    throw badInput(
      'input.submitter.id',
      submitter.id,
      `an organization of a unit with a party committee (${submitter.type} ${submitter.id} is in unit ${unitCode}, which has none)`,
    );
  }
  return committee;
}

/**
 * Who the submitter is and where its report goes, from the records: a party body's
 * from this database, another family's asked of its owner (never taken from the
 * input: a district's People's Committee cannot file to the province's inbox by
 * naming the province). The recipient follows from the regime's `RECIPIENT`
 * (reporting/regime.ts), for urgent reports as for periodic ones.
 *
 * Whether a report settles an obligation is not decided here but by the obligation
 * list: another family's organization that the rules do not bind (a People's
 * Council, an armed unit off its unit's tier) files a report that no obligation asks
 * for, and no status changes.
 *
 * Who may submit (design section 6: an editor of the owner or of an organization
 * above it): the submitter owns its report. Above a party committee are the
 * committees of its parent chain; above a commission, its own committee and that
 * committee's chain. Above another family's organization, only its own family
 * could say; the party does not ask, so only an editor of the submitter itself may
 * submit in its name. A district never submits as its province: the province is
 * above it, not below.
 */
async function route(ctx: Context, submitter: NamedOrganization, kind: 'PERIODIC' | 'URGENT', today: string): Promise<Routing> {
  const { type, id } = submitter;
  const { db } = ctx;
  // A party body acts only while in force; its successors carry it on (another family's: `requireOrganizations`).
  const requireInForce = (
    body: PartyCommitteeEntity | MassMobilizationCommissionEntity,
    successors: { load(id: string): Promise<readonly { id: string }[]> },
  ) => requireInForceToday('input.submitter.id', body, successors, today);
  const commissionOf = (committee: PartyCommitteeEntity) =>
    db.manager.findOneBy(MassMobilizationCommissionEntity, { partyCommitteeId: committee.id });

  switch (routeOf(type, kind)) {
    case 'PARENT_COMMITTEE': {
      const committee = await requireCommittee(db.manager, 'input.submitter.id', id);
      await requireInForce(committee, ctx.loaders.partyCommitteeSuccessors);
      if (!committee.parentId) {
        throw badInput('input.submitter.id', id, 'a committee below the Central Committee, which reports to no committee');
      }
      const recipient = (await db.manager.findOneBy(PartyCommitteeEntity, { id: committee.parentId }))!;
      return {
        unitCode: committee.unitCode,
        validity: committee,
        recipient,
        copyTo: await commissionOf(recipient),
        above: await committeesAbove(db.manager, committee.id),
      };
    }
    case 'PARENT_COMMISSION': {
      const commission = await requireCommission(db.manager, 'input.submitter.id', id);
      await requireInForce(commission, ctx.loaders.massMobilizationCommissionSuccessors);
      const committee = (await db.manager.findOneBy(PartyCommitteeEntity, { id: commission.partyCommitteeId }))!;
      const recipient = committee.parentId ? await db.manager.findOneBy(PartyCommitteeEntity, { id: committee.parentId }) : null;
      const recipientCommission = recipient && (await commissionOf(recipient));
      if (!recipient || !recipientCommission) {
        throw badInput('input.submitter.id', id, 'a commission below the Central Commission, which reports to no commission');
      }
      return {
        unitCode: commission.unitCode,
        validity: commission,
        recipient,
        copyTo: null,
        recipientCommission,
        above: await committeesFrom(db.manager, commission.partyCommitteeId),
      };
    }
    case 'OWN_COMMITTEE': {
      const commission = await requireCommission(db.manager, 'input.submitter.id', id);
      await requireInForce(commission, ctx.loaders.massMobilizationCommissionSuccessors);
      const recipient = (await db.manager.findOneBy(PartyCommitteeEntity, { id: commission.partyCommitteeId }))!;
      return {
        unitCode: commission.unitCode,
        validity: commission,
        recipient,
        copyTo: null,
        above: await committeesFrom(db.manager, commission.partyCommitteeId),
      };
    }
    case 'UNIT_COMMITTEE': {
      const [placed] = await requireOrganizations(ctx, [submitter]);
      if (!RULE_1_LEVELS.includes(placed.level)) {
        throw badInput(
          'input.submitter.id',
          id,
          `an organization of a province, district or commune (${type} ${id} is a central one): reports go to local party committees`,
        );
      }
      const recipient = await committeeOfUnit(db, placed.unitCode, submitter, today);
      return { unitCode: placed.unitCode, validity: placed, recipient, copyTo: await commissionOf(recipient), above: [] };
    }
  }
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
 * `submitReport`: finds the submitter and routes the report by the rules, checks that
 * the caller may submit in its name, then checks the input, then stores the report
 * with its audit row, in one transaction (the library's `runMutation`). Authorization
 * comes before the input's checks, so that a caller who may not submit learns
 * nothing from them. A retry with the same idempotency key and the same input returns
 * the first report instead of filing a second one. Reports are never changed
 * afterwards: a correction is a new report, so the submitter owns each report it files.
 */
export async function submitReport(input: SubmitReportInput, ctx: Context, now: Date = new Date()): Promise<ReportEntity> {
  const operation = 'submitReport';
  requireEditor(ctx.viewer, operation);
  const submitter = organizationRef('input.submitter', input.submitter);
  const today = vietnamDate(now);
  const routing = await route(ctx, submitter, input.kind, today);
  requireWriter(ctx.viewer, operation, 'input.submitter', submitter, routing.above);
  const fields = validate(input, submitter, routing, now);
  if (fields.period) {
    // The guidance at the recipient decides which periods are owed (design section 4): a report for another is refused.
    const period = describePeriod(fields.period);
    const { unitPath } = routing.recipient;
    const why = whyNotOwed(guidanceFor(await ctx.loaders.guidanceAtOrAbove.load(unitPath), unitPath, period), period);
    if (why) throw badInput('input.period', period.label, `a period the reporting guidance owes (${why})`);
  }
  // A hot spot's case exists and the caller may see it, by the state's word (nothing is written otherwise).
  for (const [i, spot] of (fields.content?.hotSpots ?? []).entries()) {
    if (spot.caseId !== null) await requireRecord(ctx, `input.content.hotSpots[${i}].caseId`, 'Case', spot.caseId);
  }

  return runMutation(
    ctx.db,
    ctx.viewer,
    { operation, recordType: 'Report', input: fields },
    async (manager) => {
      const corrected = await checkCorrected(manager, fields, routing);
      const owner = fields.submitter;
      const report = manager.create(ReportEntity, {
        id: randomUUID(),
        kind: fields.kind,
        periodYear: fields.period?.year ?? null,
        periodFrequency: fields.period?.frequency ?? null,
        periodIndex: fields.period?.index ?? null,
        submitterType: owner.type,
        submitterId: owner.id,
        submitterUnitCode: routing.unitCode,
        submitterUnitPath: unitPath(routing.unitCode, today),
        recipientId: routing.recipient.id,
        copyToId: routing.copyTo?.id ?? null,
        recipientCommissionId: routing.recipientCommission?.id ?? null,
        title: fields.title,
        summary: fields.summary,
        content: fields.content,
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
