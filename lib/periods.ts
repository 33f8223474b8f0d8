/**
 * The calendar of the reporting regime's periods (Decision 23-QĐ/TW, chapter 3,
 * item 8: "monthly, quarterly, semi-annually, nine months and annually"): their
 * labels and dates. Shared by the party subgraph, which runs the regime, and the
 * report command, which reads `--period` before it asks the graph anything. Dates
 * are calendar dates as `YYYY-MM-DD` text; the arithmetic works on UTC midnights of
 * those dates, which has no time-zone effect.
 */
export const FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'NINE_MONTHS', 'ANNUAL'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** How many periods of each frequency a year has; null where the period takes no index. */
export const INDEX_COUNT: Readonly<Record<Frequency, number | null>> = {
  MONTHLY: 12,
  QUARTERLY: 4,
  SEMI_ANNUAL: 2,
  NINE_MONTHS: null,
  ANNUAL: null,
};

/** How many months each period of a frequency spans. */
const MONTHS: Readonly<Record<Frequency, number>> = { MONTHLY: 1, QUARTERLY: 3, SEMI_ANNUAL: 6, NINE_MONTHS: 9, ANNUAL: 12 };

/** The years the graph keeps periods for. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A period's key: the index is null (or absent) for NINE_MONTHS and ANNUAL. */
export interface PeriodKey {
  year: number;
  frequency: Frequency;
  index?: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last day of a valid period: `2024-Q3` → 2024-07-01 to 2024-09-30. */
export function periodDates({ year, frequency, index }: PeriodKey): { startsOn: string; endsOn: string } {
  const firstMonth = index == null ? 1 : (index - 1) * MONTHS[frequency] + 1;
  // Day 0 of the month after the period is its last day.
  const endsOn = new Date(Date.UTC(year, firstMonth - 1 + MONTHS[frequency], 0)).toISOString().slice(0, 10);
  return { startsOn: `${year}-${pad(firstMonth)}-01`, endsOn };
}

/** `2024-Q3`, `2024-M07`, `2024-H1`, `2024-9M`, `2024`. */
export function periodLabel({ year, frequency, index }: PeriodKey): string {
  switch (frequency) {
    case 'MONTHLY':
      return `${year}-M${pad(index!)}`;
    case 'QUARTERLY':
      return `${year}-Q${index}`;
    case 'SEMI_ANNUAL':
      return `${year}-H${index}`;
    case 'NINE_MONTHS':
      return `${year}-9M`;
    case 'ANNUAL':
      return `${year}`;
  }
}
