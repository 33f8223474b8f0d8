import type { DataSource } from 'typeorm';
import {
  arrayLiteral,
  badInput,
  ERRORS,
  inForceOn,
  lineage,
  organizationKey,
  referenceUnit,
  type Validity,
  vietnamDate,
} from '../../../lib';
import { type ForeignOrganizationType, type PublishedOrganizationReference, type StatisticsReference } from '../references';
import { rangeKey, StatisticsRange, statisticsRange } from '../statistics';
import { broaderEndingTogether, GUIDANCE_FOR_SQL } from './guidance';
import { complianceRate, ObligationStatus } from './obligations';
import { addDays, dueDate, DUE_DAYS, Frequency, periodsEndingIn, ReportingPeriod } from './periods';
import { FAMILIES, familyOf, type OrganizationFamily, owesUnitReport, type PublishedOrganization, RULE_2 } from './regime';

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

/** A rule 1 obligation's submitter: an organization of another family, with the unit whose committee it reports to, for one period. */
export interface ReportingOrganization {
  family: Exclude<OrganizationFamily, 'PARTY'>;
  type: ForeignOrganizationType;
  id: string;
  unitCode: string;
  /** Which of the key's periods (its index in `periods`): the organization owes a report for it. */
  period: number;
}

/** An organization of a `@requires` list, with what the regime reads of it. */
interface Listed {
  organization: PublishedOrganization;
  family: ReportingOrganization['family'];
  validity: Validity;
}

/** Everything one `reportingByFamily` figure depends on. */
export interface FamilyReportingKey {
  range: StatisticsRange;
  frequency: Frequency;
  asOf: string;
  /** The periods of `frequency` that end in the range, oldest first. */
  periods: ReportingPeriod[];
  /** Rule 1 submitters of the unit's lineage for each period, from their owners (`@requires`), under the structure on its last day. */
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
 * Rule 1's submitters over the unit's lineage, period by period: of the other
 * families' organizations the owners publish (in force on some day of the range, with
 * their validity), those in force on the period's last day, in a unit of the lineage
 * segment that covers that day, that the regime binds to the committee of their unit
 * as it stood then (`owesUnitReport`), once each. A representation without the lists
 * (an `_entities` call by hand) is refused rather than answered with too few obligations.
 */
export function reportingOrganizations(
  ref: StatisticsReference,
  range: StatisticsRange,
  periods: readonly ReportingPeriod[],
): ReportingOrganization[] {
  const missing = REQUIRED_LISTS.filter(([list]) => !Array.isArray(ref[list])).map(([list]) => list);
  if (missing.length > 0) {
    throw ERRORS.BAD_USER_INPUT.err(
      `representations: UnitStatistics ${ref.unitCode} lacks ${missing.join(', ')}, which reportingByFamily requires`,
      {
        field: 'representations',
      },
    );
  }
  const segments = lineage(range.unit, { from: range.from, to: range.to });
  // What does not change from period to period, once per organization (each one once: the
  // first listing), grouped by unit: a unit is placed once a period, not once per organization.
  const byUnit = new Map<string, Listed[]>();
  const seen = new Set<string>();
  for (const [list, type] of REQUIRED_LISTS) {
    const family = familyOf(type) as ReportingOrganization['family'];
    for (const { id, kind, level, validFrom, validTo, unit } of ref[list] as PublishedOrganizationReference[]) {
      const key = organizationKey(type, id);
      if (seen.has(key)) continue;
      seen.add(key);
      const unitCode = unit?.code ?? '';
      const listed: Listed = {
        organization: { type, id, kind, level },
        family,
        validity: { validFrom: validFrom ?? null, validTo: validTo ?? null },
      };
      const members = byUnit.get(unitCode);
      if (members) members.push(listed);
      else byUnit.set(unitCode, [listed]);
    }
  }
  const organizations: ReportingOrganization[] = [];
  periods.forEach((period, index) => {
    const lastDay = period.endsOn;
    const paths = segments.filter((s) => (s.from ?? lastDay) <= lastDay && lastDay <= (s.to ?? lastDay)).map((s) => s.pattern.slice(0, -1));
    for (const [unitCode, members] of byUnit) {
      const unit = referenceUnit(unitCode, lastDay);
      if (!unit || !paths.some((path) => unit.path.startsWith(path))) continue;
      for (const { organization, family, validity } of members) {
        if (!inForceOn(validity, lastDay) || !owesUnitReport(organization, unit.level)) continue;
        organizations.push({ family, type: organization.type, id: organization.id, unitCode: unit.code, period: index });
      }
    }
  });
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
    organizations: reportingOrganizations(ref, range, periods),
  };
}

/** The loader's cache key: the organizations follow from the unit, so the unit stands for them. */
export function familyReportingCacheKey(key: FamilyReportingKey): string {
  return `${rangeKey(key.range)}|${key.frequency}|${key.asOf}`;
}

/** The instant a Vietnam calendar date begins (Asia/Ho_Chi_Minh is UTC+7 all year). */
export function startOfVietnamDay(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/** The instant a Vietnam calendar date ends: the next one begins. */
export function endOfVietnamDay(date: string): Date {
  return startOfVietnamDay(addDays(date, 1));
}

interface CountRow {
  key: number;
  family: OrganizationFamily;
  status: ObligationStatus;
  obligations: number;
}

/**
 * One statement for every key of a batch, however many units and organizations.
 * The obligations go in as parameters: the keys (numbered) with the segments of their
 * unit's lineage and the periods of each key with their last and due dates as arrays,
 * the rule 1 submitters of each key and period with their unit; rule 2's (every committee in
 * force on the period's last day below the unit of the segment covering that day, to
 * its parent) are read where they are stored. Each obligation is LEFT JOINed to its
 * first periodic report for (submitter, recipient, period) submitted before the as-of
 * date ended in Vietnam, through the `report_recipient_period` index (once per recipient and period), and the
 * obligations are counted by family and status. No report leaves the database. As in
 * `reportingCompliance`, a unit with no party committee in force is owed nothing.
 *
 * Whether a period is owed, and its due date, follow the guidance at each obligation's
 * recipient (`GUIDANCE_FOR_SQL`; the regulation's defaults where none). Timeliness is
 * decided on the ends of the due date and of the as-of date in Vietnam's time: a
 * report submitted before the end of its due date is on time (the rule of `obligationStatus`).
 */
export async function countObligationsByFamily(
  db: DataSource,
  keys: readonly FamilyReportingKey[],
  dueDays: Readonly<Record<Frequency, number>> = DUE_DAYS,
): Promise<FamilyReportingStatistics[][]> {
  const keyNumbers = keys.map((_, i) => i + 1);
  const segments = keys.flatMap((key, i) =>
    lineage(key.range.unit, { from: key.range.from, to: key.range.to }).map((segment) => ({ key: i + 1, ...segment })),
  );
  const periods = keys.flatMap((key, i) =>
    key.periods.map((period, index) => ({
      key: i + 1,
      index,
      year: period.year,
      periodIndex: period.index,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      // The regulation's due day, where no guidance applies.
      dueOn: dueDate(period, dueDays),
      broader: broaderEndingTogether(period).join(','),
    })),
  );
  // Rule 1's submitters by key, period and unit: the unit's committee is looked up once for all of them.
  const submitters = new Map<
    string,
    { key: number; period: number; unitCode: string; families: string[]; types: string[]; ids: string[] }
  >();
  keys.forEach((key, i) => {
    for (const { period, unitCode, family, type, id } of key.organizations) {
      const group = `${i}|${period}|${unitCode}`;
      let found = submitters.get(group);
      if (!found) submitters.set(group, (found = { key: i + 1, period, unitCode, families: [], types: [], ids: [] }));
      found.families.push(family);
      found.types.push(type);
      found.ids.push(id);
    }
  });
  const groups = [...submitters.values()];

  const rows: CountRow[] = await db.query(
    `WITH statistics AS (
       SELECT * FROM unnest($1::int[], $2::text[], $3::date[], $4::timestamptz[])
         AS s(key, frequency, as_of, counted_before)
     ),
     segments AS (
       SELECT * FROM unnest($5::int[], $6::text[], $7::date[], $8::date[])
         AS g(key, pattern, first_day, last_day)
     ),
     periods AS (
       SELECT key, period_no, period_year, period_index, starts_on, ends_on, due_on, string_to_array(broader, ',') AS broader
         FROM unnest($9::int[], $10::int[], $11::int[], $12::int[], $13::date[], $14::date[], $15::date[], $16::text[])
           AS p(key, period_no, period_year, period_index, starts_on, ends_on, due_on, broader)
     ),
     -- The submitters of each key, period and recipient together, so that the recipient's committee and
     -- guidance are looked up once for all its submitters. Materialized: referenced once, PostgreSQL would
     -- otherwise inline it and, misled by the arrays' unknown sizes, compute it again for every period.
     recipients AS MATERIALIZED (
       -- Rule 1: the other families' organizations, to the committee of their unit in force on the period's last day.
       SELECT o.key, o.period AS period_no, pc.id AS recipient_id, o.families::text[], o.types::text[], o.ids::text[]
         FROM unnest($17::int[], $18::int[], $19::text[], $20::text[], $21::text[], $22::text[])
           AS o(key, period, unit_code, families, types, ids)
         JOIN periods p ON p.key = o.key AND p.period_no = o.period
         JOIN party_committee pc ON pc.unit_code = o.unit_code AND p.ends_on BETWEEN pc.valid_from AND pc.valid_to
       UNION ALL
       -- Rule 2: every committee below the segment's unit, to its parent committee.
       SELECT below.key, below.period_no, below.recipient_id,
              array_agg('${familyOf('PartyCommittee')}'::text), array_agg('PartyCommittee'::text), array_agg(below.submitter_id)
         FROM (${RULE_2.committeesBelow('segments', 'periods')}) below
        GROUP BY below.key, below.period_no, below.recipient_id
     ),
     obligations AS (
       SELECT o.key, first.family,
              CASE WHEN first.submitted_at IS NULL THEN CASE WHEN s.as_of > d.due_on THEN 'OVERDUE' ELSE 'NOT_YET_DUE' END
                   WHEN first.submitted_at < ((d.due_on + 1)::text || 'T00:00:00+07:00')::timestamptz THEN 'ON_TIME'
                   ELSE 'LATE' END AS status
         FROM recipients o
         JOIN statistics s ON s.key = o.key
         JOIN periods p ON p.key = o.key AND p.period_no = o.period_no
         -- The guidance at the recipient's unit decides whether the period is owed and when (reporting/guidance.ts).
         JOIN party_committee recipient ON recipient.id = o.recipient_id
         LEFT JOIN LATERAL (${GUIDANCE_FOR_SQL('recipient.unit_path', 'p')}) g ON true
         CROSS JOIN LATERAL (SELECT COALESCE(p.ends_on + (g.due_days ->> s.frequency)::int, p.due_on) AS due_on) d
         CROSS JOIN LATERAL (
           -- Each submitter's first periodic report: it alone decides timeliness (a correction comes later,
           -- an urgent report never counts). The recipient's reports for the period are read once for
           -- all its submitters (\`report_recipient_period\`), not once per submitter.
           SELECT m.family, f.submitted_at
             FROM unnest(o.families, o.types, o.ids) AS m(family, submitter_type, submitter_id)
             LEFT JOIN (
               SELECT r.submitter_type, r.submitter_id, min(r.submitted_at) AS submitted_at
                 -- The period's index as an index condition: IS NOT DISTINCT FROM is none, and would read the
                 -- recipient's reports of every quarter of the year. An annual period has none (NULL).
                 FROM (SELECT r.submitter_type, r.submitter_id, r.submitted_at
                         FROM report r
                        WHERE r.recipient_id = o.recipient_id AND r.period_year = p.period_year AND r.period_frequency = s.frequency
                          AND r.period_index = p.period_index AND r.kind = 'PERIODIC' AND r.submitted_at < s.counted_before
                       UNION ALL
                       SELECT r.submitter_type, r.submitter_id, r.submitted_at
                         FROM report r
                        WHERE p.period_index IS NULL
                          AND r.recipient_id = o.recipient_id AND r.period_year = p.period_year AND r.period_frequency = s.frequency
                          AND r.period_index IS NULL AND r.kind = 'PERIODIC' AND r.submitted_at < s.counted_before) r
                GROUP BY r.submitter_type, r.submitter_id
             ) f ON f.submitter_type = m.submitter_type AND f.submitter_id = m.submitter_id
         ) first
        -- No guidance row: the regulation's defaults, which owe every period.
        WHERE g.frequencies IS NULL OR (s.frequency = ANY(g.frequencies) AND NOT (g.broadest_only AND g.frequencies && p.broader))
     )
     SELECT key, family, status, count(*)::int AS obligations
       FROM obligations
      GROUP BY key, family, status`,
    [
      keyNumbers,
      keys.map((key) => key.frequency),
      keys.map((key) => key.asOf),
      keys.map((key) => endOfVietnamDay(key.asOf)),
      segments.map((g) => g.key),
      segments.map((g) => g.pattern),
      segments.map((g) => g.from),
      segments.map((g) => g.to),
      periods.map((p) => p.key),
      periods.map((p) => p.index),
      periods.map((p) => p.year),
      periods.map((p) => p.periodIndex),
      periods.map((p) => p.startsOn),
      periods.map((p) => p.endsOn),
      periods.map((p) => p.dueOn),
      periods.map((p) => p.broader),
      // Tens of thousands in a province's year, each group's as an array literal in an array of them.
      arrayLiteral(groups.map((g) => g.key)),
      arrayLiteral(groups.map((g) => g.period)),
      arrayLiteral(groups.map((g) => g.unitCode)),
      arrayLiteral(groups.map((g) => arrayLiteral(g.families))),
      arrayLiteral(groups.map((g) => arrayLiteral(g.types))),
      arrayLiteral(groups.map((g) => arrayLiteral(g.ids))),
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
