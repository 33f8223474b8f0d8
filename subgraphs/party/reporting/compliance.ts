import {
  ERRORS,
  inForceOn,
  Level,
  notInForce,
  ReferenceUnit,
  referenceUnit,
  unitLabel,
  type UnitView,
  versionOf,
  todayInVietnam,
  viewKey,
} from '../../../lib';
import type { Context } from '../context';
import type { MassMobilizationCommissionEntity, PartyCommitteeEntity, ReportEntity } from '../entities';
import { type ForeignOrganizationReference, publishedInForceOn, type PublishedValidity, type UnitReference } from '../references';
import { type Guidance, guidanceFor } from './guidance';
import { compliance, Compliance, unitOrganizationSubmitters } from './obligations';
import { type PeriodKey, PeriodInput, ReportingPeriod, validatePeriod } from './periods';

type Submitter = ForeignOrganizationReference | PartyCommitteeEntity;
export type UnitCompliance = Compliance<Submitter, PartyCommitteeEntity, MassMobilizationCommissionEntity, ReportEntity> & {
  /** Rule 4: null where the unit has no commission in force on the period's last day. */
  commissionLine?: CommissionLine | null;
};
type CommissionLine = Compliance<MassMobilizationCommissionEntity, MassMobilizationCommissionEntity, null, ReportEntity> & {
  recipient: MassMobilizationCommissionEntity;
};
const unitComplianceOf = compliance<Submitter, PartyCommitteeEntity, MassMobilizationCommissionEntity, ReportEntity>;

/**
 * The `@requires` fields of the unit, as the gateway passed them. A representation
 * without them (a client calling `_entities` by hand) would silently yield too few
 * obligations, so it is refused instead.
 */
function requiredOrganizations(
  unit: UnitReference,
  level: Level,
): Required<Pick<UnitReference, 'stateAgencies' | 'frontOrganizations' | 'armedUnits'>> & { level: Level } {
  const { stateAgencies, frontOrganizations, armedUnits } = unit;
  if (!stateAgencies || !frontOrganizations || !armedUnits) {
    const missing = Object.entries({ stateAgencies, frontOrganizations, armedUnits })
      .filter(([, value]) => !value)
      .map(([name]) => name);
    throw ERRORS.BAD_USER_INPUT.err(
      `representations: AdministrativeUnit ${unit.code} lacks ${missing.join(', ')}, which reportingCompliance requires`,
      { field: 'representations' },
    );
  }
  return { level, stateAgencies, frontOrganizations, armedUnits };
}

/**
 * The published organizations in force on a day: the owners list those of the unit as
 * it is viewed; the regime binds those in force on the period's last day.
 */
function inForceOnDay<O extends PublishedValidity>(organizations: readonly O[], day: string): O[] {
  return organizations.filter((o) => publishedInForceOn(o, day));
}

/**
 * The unit as the period needs it: the regime follows the structure in force on the
 * period's last day (design section 10), so the unit must be in force then, in the
 * form it is viewed in. Otherwise a BAD_USER_INPUT naming the period and why: the
 * unit had ended (with its successors), had not begun, or is viewed in another form.
 */
export function requireUnitForPeriod(unit: UnitView, period: ReportingPeriod, field = 'period'): ReferenceUnit {
  const lastDay = period.endsOn;
  const then = referenceUnit(unit.code, lastDay);
  if (!then) {
    throw ERRORS.BAD_USER_INPUT.err(`${field}: ${period.label} ends on ${lastDay}; ${notInForce(unit.code, lastDay)}`, { field });
  }
  const viewed = versionOf(unit);
  if (viewed !== then) {
    throw ERRORS.BAD_USER_INPUT.err(
      `${field}: ${period.label} ends on ${lastDay}, when ${unitLabel(then)} was ${then.name}, not ${viewed?.name ?? 'the unit'} as viewed on ${unit.asOf}; ` +
        `ask administrativeUnit(code: "${unit.code}", asOf: "${lastDay}")`,
      { field },
    );
  }
  return then;
}

/**
 * `AdministrativeUnit.reportingCompliance(period, asOf)`: the unit's party
 * committee and the reports addressed to it come from this database, the rule 1
 * submitters from the other families' subgraphs (through `@requires`). Everything
 * follows the structure on the period's last day: the organizations and committees
 * in force then (before 2025-07-01 three levels, after it two). Costs four batched
 * statements for all the units of a query, however many: committees by unit, then
 * commissions by committee, committees by parent and reports by recipient.
 */
export async function unitCompliance(
  unit: UnitReference,
  args: { period: PeriodInput; asOf?: string | null },
  ctx: Context,
): Promise<UnitCompliance> {
  const period = validatePeriod(args.period, 'period');
  const asOf = args.asOf ?? todayInVietnam();
  const version = requireUnitForPeriod(unit, period);
  const lastDay = period.endsOn;
  const level = unit.level ?? version.level;
  // Rule 1 has no submitters at the nation, so its lists are not needed there.
  const lists = level === 'CENTRAL' ? null : requiredOrganizations(unit, level);
  const unitSubmitters = lists
    ? unitOrganizationSubmitters({
        level,
        stateAgencies: inForceOnDay(lists.stateAgencies, lastDay),
        frontOrganizations: inForceOnDay(lists.frontOrganizations, lastDay),
        armedUnits: inForceOnDay(lists.armedUnits, lastDay),
      })
    : [];

  const [[recipient], candidates] = await Promise.all([
    ctx.loaders.committeeByUnit.load(viewKey({ code: unit.code, asOf: lastDay })),
    ctx.loaders.guidanceAtOrAbove.load(version.path),
  ]);
  const guidance = guidanceFor(candidates, version.path, period);
  if (!recipient) {
    return unitComplianceOf({
      period,
      guidance,
      asOf,
      recipient: null,
      copyTo: null,
      unitSubmitters: [],
      subordinateCommittees: [],
      reports: [],
    });
  }
  const periodKey = { year: period.year, frequency: period.frequency, index: period.index };
  const [commission, allBelow, reports] = await Promise.all([
    ctx.loaders.commissionByCommittee.load(recipient.id),
    ctx.loaders.committeesByParent.load(recipient.id),
    ctx.loaders.periodicReportsByRecipient.load({ parent: recipient.id, args: periodKey }),
  ]);
  const copyTo = commission && inForceOn(commission, lastDay) ? commission : null;
  const subordinateCommittees = allBelow.filter((committee) => inForceOn(committee, lastDay));
  return {
    ...unitComplianceOf({ period, guidance, asOf, recipient, copyTo, unitSubmitters, subordinateCommittees, reports }),
    commissionLine: copyTo && (await commissionLine(copyTo, subordinateCommittees, { period, guidance, asOf, periodKey }, ctx)),
  };
}

/**
 * Rule 4, the commissions' own line: the commissions of the committees directly below
 * (those in force on the period's last day) report on their work to the unit's
 * commission, under the same guidance. Two more batched statements for all the units
 * of a query: commissions by committee, reports by recipient commission.
 */
async function commissionLine(
  recipient: MassMobilizationCommissionEntity,
  committeesBelow: readonly PartyCommitteeEntity[],
  { period, guidance, asOf, periodKey }: { period: ReportingPeriod; guidance: Guidance; asOf: string; periodKey: PeriodKey },
  ctx: Context,
): Promise<CommissionLine> {
  const [below, reports] = await Promise.all([
    Promise.all(committeesBelow.map((committee) => ctx.loaders.commissionByCommittee.load(committee.id))),
    ctx.loaders.periodicReportsByRecipientCommission.load({ parent: recipient.id, args: periodKey }),
  ]);
  const submitters = below
    .filter((c): c is MassMobilizationCommissionEntity => c !== null && inForceOn(c, period.endsOn))
    .sort((a, b) => a.id.localeCompare(b.id));
  const line = compliance({
    period,
    guidance,
    asOf,
    recipient,
    copyTo: null,
    unitSubmitters: submitters,
    subordinateCommittees: [],
    reports,
  });
  return { ...line, recipient };
}
