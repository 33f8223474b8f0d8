import { FREQUENCIES, type Frequency, INDEX_COUNT, periodDates, type PeriodKey, periodLabel } from '../../../lib';
import { addDays, DUE_DAYS, type ReportingPeriod } from './periods';

/**
 * Reporting guidance (design section 4): "mass-mobilization agencies at all levels
 * implement the information and reporting regime according to the directives and
 * guidance of the superior commission" (Decision 23-QĐ/TW, chapter 3, item 8). A
 * commission's guidance, for its unit and everything below, says which frequencies
 * are owed, the due day of each, whether a period-end month owes only the broadest
 * report ending there, and which days a period's figures cover. The nearest guidance
 * at or above a unit applies to the periods that start on or after it takes effect;
 * where no commission has set any, the regulation's defaults do. Stated once here, as
 * data and pure functions: compliance, the figures by family, `submitReport`, the
 * coordination report and the demo seed all read it from here.
 */

/** Which days a period's figures cover. */
export type Coverage = 'CALENDAR' | 'STATE_CONVENTION';
export const COVERAGES: readonly Coverage[] = ['CALENDAR', 'STATE_CONVENTION'];

/** One guidance, as stored (or the regulation's defaults, which no commission set). */
export interface Guidance {
  /** The commission that set it; null for the regulation's defaults. */
  commissionId: string | null;
  /** The commission's unit's path: the guidance binds this unit and every unit below. */
  unitPath: string;
  /** The first day of the periods it governs; null for the defaults, which have always applied. */
  takesEffectOn: string | null;
  /** The frequencies owed, narrowest first. */
  frequencies: Frequency[];
  /** Days after a period ends that its report is due, for each frequency owed. */
  dueDays: Partial<Record<Frequency, number>>;
  /** A month that ends several periods owes only the broadest of the owed ones (one report instead of two to four). */
  broadestOnly: boolean;
  coverage: Coverage;
}

/** A stored guidance with its commission's validity: an ended commission's guidance binds nothing after it. */
export interface StoredGuidance extends Guidance {
  commissionId: string;
  takesEffectOn: string;
  commissionValidFrom: string | null;
  commissionValidTo: string | null;
}

/**
 * The regulation's defaults (design section 4): every frequency, each due the days
 * `REPORT_DUE_DAYS_<FREQUENCY>` says (monthly 5, quarterly 10, semi-annual and nine
 * months 15, annual 20), calendar periods. They apply where no commission at or above
 * a unit has set guidance in force for a period.
 */
export const REGULATION_DEFAULTS: Guidance = {
  commissionId: null,
  unitPath: '/',
  takesEffectOn: null,
  frequencies: [...FREQUENCIES],
  dueDays: { ...DUE_DAYS },
  broadestOnly: false,
  coverage: 'CALENDAR',
};

/** How many months a period of each frequency spans: the broader, the more. */
const BREADTH: Readonly<Record<Frequency, number>> = { MONTHLY: 1, QUARTERLY: 3, SEMI_ANNUAL: 6, NINE_MONTHS: 9, ANNUAL: 12 };

/** The frequencies broader than the period's with a period ending the same day (December's month: the quarter, the half and the year). */
export function broaderEndingTogether(period: PeriodKey & { endsOn: string }): Frequency[] {
  const month = Number(period.endsOn.slice(5, 7));
  return FREQUENCIES.filter((frequency) => BREADTH[frequency] > BREADTH[period.frequency] && month % BREADTH[frequency] === 0);
}

/** Whether the guidance asks for a report for the period. */
export function owes(guidance: Guidance, period: ReportingPeriod): boolean {
  if (!guidance.frequencies.includes(period.frequency)) return false;
  return !guidance.broadestOnly || !broaderEndingTogether(period).some((frequency) => guidance.frequencies.includes(frequency));
}

/** Why the guidance does not ask for a report for the period, naming what it asks for instead; null when it does. */
export function whyNotOwed(guidance: Guidance, period: ReportingPeriod): string | null {
  if (!guidance.frequencies.includes(period.frequency)) {
    return `${guidanceBasis(guidance)}, owes ${guidance.frequencies.join(', ')} reports only`;
  }
  const broadest =
    guidance.broadestOnly &&
    broaderEndingTogether(period)
      .filter((f) => guidance.frequencies.includes(f))
      .pop();
  if (!broadest) return null;
  const instead = periodLabel({
    year: period.year,
    frequency: broadest,
    index: broadest === 'NINE_MONTHS' || broadest === 'ANNUAL' ? null : Number(period.endsOn.slice(5, 7)) / BREADTH[broadest],
  });
  return `${guidanceBasis(guidance)}, owes only the broadest report of a month that ends several periods: ${instead}`;
}

/** The last day a report for the period counts as on time, under the guidance. */
export function dueOn(guidance: Guidance, period: ReportingPeriod): string {
  return addDays(period.endsOn, guidance.dueDays[period.frequency] ?? DUE_DAYS[period.frequency]);
}

/**
 * The days a period's figures cover: the calendar period, or the state agencies'
 * convention of Decree 09/2019/NĐ-CP, Article 12 (from the 15th of the month before
 * the period's first month to the 14th of its last month: a year's from 15 December to
 * 14 December).
 */
export function coveredDays(guidance: Guidance, period: ReportingPeriod): { from: string; to: string } {
  if (guidance.coverage === 'CALENDAR') return { from: period.startsOn, to: period.endsOn };
  const monthBefore = addDays(period.startsOn, -1).slice(0, 8);
  return { from: `${monthBefore}15`, to: `${period.endsOn.slice(0, 8)}14` };
}

/**
 * The guidance for the periods of a unit: of the stored ones at or above the unit
 * (`candidates`, any order), those taking effect by the period's first day, set by a
 * commission in force on its last day; the nearest unit first, then the latest. The
 * regulation's defaults when none.
 */
export function guidanceFor(
  candidates: readonly StoredGuidance[],
  unitPath: string,
  period: Pick<ReportingPeriod, 'startsOn' | 'endsOn'>,
): Guidance {
  let best: StoredGuidance | null = null;
  for (const g of candidates) {
    if (!unitPath.startsWith(g.unitPath) || g.takesEffectOn > period.startsOn) continue;
    if ((g.commissionValidFrom ?? period.endsOn) > period.endsOn || (g.commissionValidTo ?? period.endsOn) < period.endsOn) continue;
    if (
      !best ||
      g.unitPath.length > best.unitPath.length ||
      (g.unitPath.length === best.unitPath.length && g.takesEffectOn > best.takesEffectOn)
    ) {
      best = g;
    }
  }
  return best ?? REGULATION_DEFAULTS;
}

/** The guidance's owed periods of a year, in order of their end (the demo and the tests count them). */
export function owedPeriodsOfYear(guidance: Guidance, year: number): PeriodKey[] {
  const keys: (PeriodKey & { endsOn: string })[] = [];
  for (const frequency of guidance.frequencies) {
    const count = INDEX_COUNT[frequency];
    for (const index of count === null ? [null] : Array.from({ length: count }, (_, i) => i + 1)) {
      const key = { year, frequency, index };
      keys.push({ ...key, endsOn: periodDates(key).endsOn });
    }
  }
  return keys
    .filter((key) => !guidance.broadestOnly || !broaderEndingTogether(key).some((f) => guidance.frequencies.includes(f)))
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn) || BREADTH[a.frequency] - BREADTH[b.frequency])
    .map(({ year: y, frequency, index }) => ({ year: y, frequency, index }));
}

/**
 * The same choice in SQL, for `reportingByFamily`'s one statement: a LATERAL subquery
 * giving the guidance (frequencies, due_days, broadest_only; no row for the defaults)
 * of the recipient whose unit path is the SQL expression `path`, for the period row `p`
 * (columns starts_on, ends_on).
 */
export const GUIDANCE_FOR_SQL = (path: string, p: string) => `
  SELECT g.frequencies, g.due_days, g.broadest_only
    FROM reporting_guidance g
    JOIN mass_mobilization_commission c ON c.id = g.commission_id AND ${p}.ends_on BETWEEN c.valid_from AND c.valid_to
   WHERE ${path} LIKE g.unit_path || '%' AND g.takes_effect_on <= ${p}.starts_on
   ORDER BY length(g.unit_path) DESC, g.takes_effect_on DESC
   LIMIT 1`;

/** The stored guidance at or above each unit path, with its commission's validity: one statement for a batch of paths. */
export async function guidanceAtOrAbove(
  query: (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>,
  paths: readonly string[],
): Promise<(StoredGuidance & { path: string })[]> {
  const rows = await query(
    `SELECT k.path, g.commission_id, g.unit_path, g.takes_effect_on::text, g.frequencies, g.due_days, g.broadest_only, g.coverage,
            c.valid_from::text AS commission_valid_from, c.valid_to::text AS commission_valid_to
       FROM unnest($1::text[]) AS k(path)
       JOIN reporting_guidance g ON k.path LIKE g.unit_path || '%'
       JOIN mass_mobilization_commission c ON c.id = g.commission_id`,
    [paths],
  );
  const bound = (day: unknown) => (typeof day === 'string' && !day.endsWith('infinity') ? day : null);
  return rows.map((row) => ({
    path: row.path as string,
    commissionId: row.commission_id as string,
    unitPath: row.unit_path as string,
    takesEffectOn: row.takes_effect_on as string,
    frequencies: sortFrequencies(row.frequencies as Frequency[]),
    dueDays: row.due_days as Partial<Record<Frequency, number>>,
    broadestOnly: row.broadest_only as boolean,
    coverage: row.coverage as Coverage,
    commissionValidFrom: bound(row.commission_valid_from),
    commissionValidTo: bound(row.commission_valid_to),
  }));
}

/** Frequencies narrowest first, each once. */
export function sortFrequencies(frequencies: readonly Frequency[]): Frequency[] {
  return FREQUENCIES.filter((frequency) => frequencies.includes(frequency));
}

/** Why a guidance applies, in words (`ReportingGuidance.basis`). */
export function guidanceBasis(guidance: Guidance): string {
  return guidance.commissionId === null
    ? "the regulation's defaults (Decision 23-QĐ/TW): no commission at or above the unit has set guidance for these periods"
    : `guidance of ${guidance.commissionId} for ${guidance.unitPath} and below, from ${guidance.takesEffectOn}`;
}
