import { ERRORS, Level, referenceUnit, vietnamDate } from '../../../lib';
import type { Context } from '../context';
import type { MassMobilizationCommissionEntity, PartyCommitteeEntity, ReportEntity } from '../entities';
import type { ForeignOrganizationReference, UnitReference } from '../references';
import { compliance, Compliance, UnitOrganizations, unitOrganizationSubmitters } from './obligations';
import { PeriodInput, validatePeriod } from './periods';

type Submitter = ForeignOrganizationReference | PartyCommitteeEntity;
export type UnitCompliance = Compliance<Submitter, PartyCommitteeEntity, MassMobilizationCommissionEntity, ReportEntity>;
const unitComplianceOf = compliance<Submitter, PartyCommitteeEntity, MassMobilizationCommissionEntity, ReportEntity>;

/**
 * The `@requires` fields of the unit, as the gateway passed them. A representation
 * without them (a client calling `_entities` by hand) would silently yield too few
 * obligations, so it is refused instead.
 */
function requiredOrganizations(unit: UnitReference, level: Level): UnitOrganizations {
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
 * `AdministrativeUnit.reportingCompliance(period, asOf)`: the unit's party
 * committee and the reports addressed to it come from this database, the rule 1
 * submitters from the other families' subgraphs (through `@requires`). Costs four
 * batched statements for all the units of a query, however many: committees by unit,
 * then commissions by committee, committees by parent and reports by recipient.
 */
export async function unitCompliance(
  unit: UnitReference,
  args: { period: PeriodInput; asOf?: string | null },
  ctx: Context,
): Promise<UnitCompliance> {
  const period = validatePeriod(args.period, 'period');
  const asOf = args.asOf ?? vietnamDate(new Date());
  const level = unit.level ?? referenceUnit(unit.code)?.level ?? 'CENTRAL';
  // Rule 1 has no submitters at the nation, so its lists are not needed there.
  const unitSubmitters = level === 'CENTRAL' ? [] : unitOrganizationSubmitters(requiredOrganizations(unit, level));

  const recipient = await ctx.loaders.committeeByUnit.load(unit.code);
  if (!recipient) {
    return unitComplianceOf({ period, asOf, recipient: null, copyTo: null, unitSubmitters: [], subordinateCommittees: [], reports: [] });
  }
  const [copyTo, subordinateCommittees, reports] = await Promise.all([
    ctx.loaders.commissionByCommittee.load(recipient.id),
    ctx.loaders.committeesByParent.load(recipient.id),
    ctx.loaders.periodicReportsByRecipient.load({
      parent: recipient.id,
      args: { year: period.year, frequency: period.frequency, index: period.index },
    }),
  ]);
  return unitComplianceOf({
    period,
    asOf,
    recipient,
    copyTo,
    unitSubmitters,
    subordinateCommittees,
    reports,
  });
}
