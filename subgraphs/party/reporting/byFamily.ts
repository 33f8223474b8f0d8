import type { DataSource } from 'typeorm';
import { badInput, ERRORS, organizationKey, referenceUnit, vietnamDate } from '../../../lib';
import type { ForeignOrganizationType, PublishedOrganizationReference, StatisticsReference } from '../references';
import { rangeKey, StatisticsRange, statisticsRange } from '../statistics';
import { complianceRate, ObligationStatus } from './obligations';
import { addDays, dueDate, DUE_DAYS, Frequency, periodsEndingIn, ReportingPeriod } from './periods';
import { FAMILIES, familyOf, type OrganizationFamily, RULE_2, unitReportersOf } from './regime';

/**
 * `UnitStatistics.reportingByFamily(frequency, asOf)`: the reporting regime of
 * section 4 over a unit's whole subtree and the periods of a frequency that end in
 * a date range, counted by the family of the submitter. The statuses follow the same
 * rules as `reportingCompliance` (obligations.ts), computed in the database: summing
 * `reportingCompliance` over the unit and every unit below it, for each period,
 * gives the same figures. Who owes whom is `regime.ts`'s to say.
 */

/** `FamilyReportingStatistics`. */
export interface FamilyReportingStatistics {
  family: OrganizationFamily;
  obligations: number;
  onTime: number;
  late: number;
  overdue: number;
  notYetDue: number;
  complianceRate: number | null;
}

/** A rule 1 submitter: an organization of another family, with the unit whose committee it reports to. */
export interface ReportingOrganization {
  family: Exclude<OrganizationFamily, 'PARTY'>;
  type: ForeignOrganizationType;
  id: string;
  unitCode: string;
}

/** Everything one `reportingByFamily` figure depends on. */
export interface FamilyReportingKey {
  range: StatisticsRange;
  frequency: Frequency;
  asOf: string;
  /** The periods of `frequency` that end in the range, oldest first. */
  periods: ReportingPeriod[];
  /** Rule 1 submitters of the unit and every unit below it, from their owners (`@requires`). */
  organizations: ReportingOrganization[];
}

/** A range this long in periods is refused: every organization of a province owes a report for each. */
export const MAX_PERIODS = 120;

/** The `@requires` lists of `reportingByFamily` and the type of their members. */
const REQUIRED_LISTS = [
  ['stateAgencies', 'StateAgency'],
  ['frontOrganizations', 'FrontOrganization'],
  ['armedUnits', 'ArmedUnit'],
] as const;

/**
 * Rule 1's submitters over the unit's subtree: of the other families' organizations
 * of the unit and below, as their owners publish them, those the regime binds to the
 * committee of their unit (`unitReportersOf`), once each. A representation without
 * the lists (an `_entities` call by hand) is refused rather than answered with too few
 * obligations.
 */
export function reportingOrganizations(ref: StatisticsReference, root: StatisticsRange['unit']): ReportingOrganization[] {
  const missing = REQUIRED_LISTS.filter(([list]) => !Array.isArray(ref[list])).map(([list]) => list);
  if (missing.length > 0) {
    throw ERRORS.BAD_USER_INPUT.err(
      `representations: UnitStatistics ${ref.unitCode} lacks ${missing.join(', ')}, which reportingByFamily requires`,
      {
        field: 'representations',
      },
    );
  }
  const seen = new Set<string>();
  const organizations: ReportingOrganization[] = [];
  for (const [list, type] of REQUIRED_LISTS) {
    const inSubtree = (ref[list] as PublishedOrganizationReference[]).filter((o) =>
      referenceUnit(o.unit?.code ?? '')?.path.startsWith(root.path),
    );
    for (const organization of unitReportersOf(inSubtree.map((o) => ({ ...o, type })))) {
      const key = organizationKey(type, organization.id);
      if (seen.has(key)) continue;
      seen.add(key);
      organizations.push({
        family: familyOf(type) as ReportingOrganization['family'],
        type,
        id: organization.id,
        unitCode: organization.unit.code,
      });
    }
  }
  return organizations;
}

/** Checks the representation and the arguments, and gives what the figures depend on. */
export function familyReportingKey(
  ref: StatisticsReference,
  args: { frequency?: Frequency | null; asOf?: string | null },
  today: Date = new Date(),
): FamilyReportingKey {
  const range = statisticsRange(ref);
  const frequency = args.frequency ?? 'QUARTERLY';
  const periods = periodsEndingIn(frequency, range.from, range.to);
  if (periods.length > MAX_PERIODS) {
    throw badInput(
      'to',
      range.to,
      `a range in which at most ${MAX_PERIODS} ${frequency} periods end (${periods.length} end from ${range.from})`,
    );
  }
  return {
    range,
    frequency,
    asOf: args.asOf ?? vietnamDate(today),
    periods,
    organizations: reportingOrganizations(ref, range.unit),
  };
}

/** The loader's cache key: the organizations follow from the unit, so the unit stands for them. */
export function familyReportingCacheKey(key: FamilyReportingKey): string {
  return `${rangeKey(key.range)}|${key.frequency}|${key.asOf}`;
}

/** The instant a Vietnam calendar date ends (Asia/Ho_Chi_Minh is UTC+7 all year). */
export function endOfVietnamDay(date: string): Date {
  return new Date(`${addDays(date, 1)}T00:00:00+07:00`);
}

interface CountRow {
  key: number;
  family: OrganizationFamily;
  status: ObligationStatus;
  obligations: number;
}

/**
 * One statement for every key of a batch, however many units and organizations.
 * The obligations go in as arrays: the keys (numbered), the periods of each key with
 * their due dates, and the rule 1 submitters of each key with their unit; rule 2's
 * (every committee below the key's unit, to its parent) are read where they are
 * stored. Each obligation is LEFT JOINed to its first periodic report for (submitter,
 * recipient, period) submitted before the as-of date ended in Vietnam, through the
 * `report_recipient_period` index, and the obligations are counted by family and
 * status. No report leaves the database. As in `reportingCompliance`, a unit with
 * no party committee recorded is owed nothing.
 *
 * Timeliness is decided on instants computed here, the ends of the due date and of
 * the as-of date in Vietnam's time: a report submitted before the end of its due
 * date is on time (the rule of `obligationStatus`).
 */
export async function countObligationsByFamily(
  db: DataSource,
  keys: readonly FamilyReportingKey[],
  dueDays: Readonly<Record<Frequency, number>> = DUE_DAYS,
): Promise<FamilyReportingStatistics[][]> {
  const keyNumbers = keys.map((_, i) => i + 1);
  const periods = keys.flatMap((key, i) =>
    key.periods.map((period) => {
      const dueOn = dueDate(period, dueDays);
      return { key: i + 1, year: period.year, index: period.index, dueOn, onTimeBefore: endOfVietnamDay(dueOn) };
    }),
  );
  const organizations = keys.flatMap((key, i) => key.organizations.map((organization) => ({ key: i + 1, ...organization })));

  const rows: CountRow[] = await db.query(
    `WITH statistics AS (
       SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::date[], $6::timestamptz[])
         AS s(key, root_code, root_path, frequency, as_of, counted_before)
     ),
     periods AS (
       SELECT * FROM unnest($7::int[], $8::int[], $9::int[], $10::date[], $11::timestamptz[])
         AS p(key, period_year, period_index, due_on, on_time_before)
     ),
     submitters AS (
       -- Rule 1: the other families' organizations, to the committee of their unit.
       SELECT o.key, o.family, o.submitter_type, o.submitter_id, pc.id AS recipient_id
         FROM unnest($12::int[], $13::text[], $14::text[], $15::text[], $16::text[])
           AS o(key, family, submitter_type, submitter_id, unit_code)
         JOIN party_committee pc ON pc.unit_code = o.unit_code
       UNION ALL
       -- Rule 2: every committee strictly below the unit, to its parent committee.
       SELECT below.key, '${familyOf('PartyCommittee')}', 'PartyCommittee', below.submitter_id, below.recipient_id
         FROM (${RULE_2.committeesBelow('statistics')}) below
     ),
     obligations AS (
       SELECT o.key, o.family,
              CASE WHEN first.submitted_at IS NULL THEN CASE WHEN s.as_of > p.due_on THEN 'OVERDUE' ELSE 'NOT_YET_DUE' END
                   WHEN first.submitted_at < p.on_time_before THEN 'ON_TIME'
                   ELSE 'LATE' END AS status
         FROM submitters o
         JOIN statistics s ON s.key = o.key
         JOIN periods p ON p.key = o.key
         LEFT JOIN LATERAL (
           -- The first periodic report: it alone decides timeliness (a correction comes later, an urgent report never counts).
           SELECT min(r.submitted_at) AS submitted_at
             FROM report r
            WHERE r.recipient_id = o.recipient_id
              AND r.period_year = p.period_year
              AND r.period_frequency = s.frequency
              AND r.period_index IS NOT DISTINCT FROM p.period_index
              AND r.submitter_type = o.submitter_type
              AND r.submitter_id = o.submitter_id
              AND r.kind = 'PERIODIC'
              AND r.submitted_at < s.counted_before
         ) first ON true
     )
     SELECT key, family, status, count(*)::int AS obligations
       FROM obligations
      GROUP BY key, family, status`,
    [
      keyNumbers,
      keys.map((key) => key.range.unit.code),
      keys.map((key) => key.range.unit.path),
      keys.map((key) => key.frequency),
      keys.map((key) => key.asOf),
      keys.map((key) => endOfVietnamDay(key.asOf)),
      periods.map((p) => p.key),
      periods.map((p) => p.year),
      periods.map((p) => p.index),
      periods.map((p) => p.dueOn),
      periods.map((p) => p.onTimeBefore),
      organizations.map((o) => o.key),
      organizations.map((o) => o.family),
      organizations.map((o) => o.type),
      organizations.map((o) => o.id),
      organizations.map((o) => o.unitCode),
    ],
  );
  return keys.map((_, i) => familyFigures(rows.filter((row) => row.key === i + 1)));
}

/** The rows of one key as figures, in the families' enum order; a family that owes nothing is left out. */
function familyFigures(rows: readonly CountRow[]): FamilyReportingStatistics[] {
  return FAMILIES.flatMap((family) => {
    const count = (status: ObligationStatus) =>
      rows.filter((row) => row.family === family && row.status === status).reduce((sum, row) => sum + row.obligations, 0);
    const onTime = count('ON_TIME');
    const late = count('LATE');
    const overdue = count('OVERDUE');
    const notYetDue = count('NOT_YET_DUE');
    const obligations = onTime + late + overdue + notYetDue;
    return obligations === 0
      ? []
      : [{ family, obligations, onTime, late, overdue, notYetDue, complianceRate: complianceRate({ onTime, late, overdue }) }];
  });
}
