import {
  badInput,
  type Env,
  environment,
  FREQUENCIES,
  Frequency,
  INDEX_COUNT,
  MAX_YEAR,
  MIN_YEAR,
  periodDates,
  periodLabel,
  setting,
} from '../../../lib';

/**
 * Reporting periods of the regime (Decision 23-QĐ/TW, chapter 3, item 8) as the
 * party subgraph checks them, and their due dates. The calendar itself (labels,
 * dates) is the library's, shared with the report command.
 */
export { FREQUENCIES, MAX_YEAR, MIN_YEAR, periodLabel };
export type { Frequency };

/** What a client sends (`PeriodInput`). */
export interface PeriodInput {
  year: number;
  frequency: Frequency;
  index?: number | null;
}

/** A validated period with its dates (the GraphQL `Period`). */
export interface ReportingPeriod {
  year: number;
  frequency: Frequency;
  index: number | null;
  label: string;
  startsOn: string;
  endsOn: string;
}

/** The period's key fields, the same for equal periods whatever else the object holds. */
export interface PeriodKey {
  year: number;
  frequency: Frequency;
  index: number | null;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `2024-09-30` + 10 days → `2024-10-10`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

/**
 * Checks a `PeriodInput` and gives the period with its dates. Errors are
 * `BAD_USER_INPUT` naming the field, e.g. `period.index`.
 */
export function validatePeriod(input: PeriodInput, field = 'period'): ReportingPeriod {
  const { year, frequency } = input;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw badInput(`${field}.year`, year, `a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  const count = INDEX_COUNT[frequency];
  if (count === undefined) throw badInput(`${field}.frequency`, frequency, `one of ${FREQUENCIES.join(', ')}`);
  const index = input.index ?? null;
  if (count === null) {
    if (index !== null) throw badInput(`${field}.index`, index, `no index for a ${frequency} period`);
  } else if (index === null || !Number.isInteger(index) || index < 1 || index > count) {
    throw badInput(`${field}.index`, index, `an integer from 1 to ${count} for a ${frequency} period`);
  }
  return describePeriod({ year, frequency, index });
}

/** The dates and label of a period already known to be valid (e.g. read from the database). */
export function describePeriod({ year, frequency, index }: PeriodKey): ReportingPeriod {
  return { year, frequency, index, label: periodLabel({ year, frequency, index }), ...periodDates({ year, frequency, index }) };
}

/** Days after a period ends that its report is due: the regime's defaults. */
export const DEFAULT_DUE_DAYS: Readonly<Record<Frequency, number>> = {
  MONTHLY: 5,
  QUARTERLY: 10,
  SEMI_ANNUAL: 15,
  NINE_MONTHS: 15,
  ANNUAL: 20,
};

/**
 * The due days in force: the defaults, each overridable by
 * `REPORT_DUE_DAYS_<FREQUENCY>` (e.g. `REPORT_DUE_DAYS_QUARTERLY=7`), since
 * committees set their own deadlines in their working regulations.
 */
export function dueDaysFromEnv(env: Env = environment()): Record<Frequency, number> {
  return Object.fromEntries(
    FREQUENCIES.map((frequency) => [frequency, setting(`REPORT_DUE_DAYS_${frequency}`, DEFAULT_DUE_DAYS[frequency], env)]),
  ) as Record<Frequency, number>;
}

/** Read once, at start-up: a bad value stops the process rather than skewing every status. */
export const DUE_DAYS: Readonly<Record<Frequency, number>> = dueDaysFromEnv();

/** The last day a report for the period counts as on time. */
export function dueDate(period: ReportingPeriod, dueDays: Readonly<Record<Frequency, number>> = DUE_DAYS): string {
  return addDays(period.endsOn, dueDays[period.frequency]);
}

/**
 * Every period of a frequency that ends within `[from, to]` (dates `YYYY-MM-DD`),
 * oldest first: the periods whose reports statistics over a date range count. A
 * period that merely overlaps the range is left out, so that ranges placed end to
 * end never count a period twice. Only the years a period may have
 * (`MIN_YEAR`-`MAX_YEAR`, as `validatePeriod` says) have periods.
 */
export function periodsEndingIn(frequency: Frequency, from: string, to: string): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  const firstYear = Math.max(Number(from.slice(0, 4)), MIN_YEAR);
  const lastYear = Math.min(Number(to.slice(0, 4)), MAX_YEAR);
  for (let year = firstYear; year <= lastYear; year += 1) {
    const count = INDEX_COUNT[frequency];
    const indexes = count === null ? [null] : Array.from({ length: count }, (_, i) => i + 1);
    for (const index of indexes) {
      const period = describePeriod({ year, frequency, index });
      if (period.endsOn >= from && period.endsOn <= to) periods.push(period);
    }
  }
  return periods;
}

/** True when the period has not begun by `today`: no report can be made for it yet. */
export function isFuturePeriod(period: ReportingPeriod, today: string): boolean {
  return period.startsOn > today;
}

/** Same period? (Index null and undefined are the same.) */
export function samePeriod(a: PeriodKey, b: PeriodKey): boolean {
  return a.year === b.year && a.frequency === b.frequency && (a.index ?? null) === (b.index ?? null);
}
