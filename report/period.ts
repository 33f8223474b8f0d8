import { FREQUENCIES, Frequency, MAX_YEAR, MIN_YEAR, periodDates, periodLabel } from '../lib';
import { usageError } from './errors';

/**
 * The reporting periods of the regime (Decision 23-QĐ/TW, chapter 3, item 8) as
 * the command takes them: `2024-Q3`, `2024-M07`, `2024-H1`, `2024-9M`, `2024`,
 * the labels the graph itself gives a period (`Period.label`). Parsed here, before
 * any request, so that a bad `--period` is a usage error and not a GraphQL one.
 */
export { FREQUENCIES };
export type ReportFrequency = Frequency;

/** The graph's `PeriodInput`. */
export interface PeriodInput {
  year: number;
  frequency: ReportFrequency;
  /** Month (1-12), quarter (1-4) or half (1-2); absent for NINE_MONTHS and ANNUAL. */
  index?: number;
}

export interface ReportPeriod {
  /** What the graph takes. */
  input: PeriodInput;
  /** The canonical label, as the graph writes it: `2024-Q3`. */
  label: string;
  /** In words: `Q3 2024`, `July 2024`, `first half of 2024`. */
  description: string;
  /** First and last day, `YYYY-MM-DD`. */
  startsOn: string;
  endsOn: string;
}

export { MAX_YEAR, MIN_YEAR };

/** The forms `--period` accepts, for messages. */
export const PERIOD_FORMS = 'YYYY-Qn (quarter), YYYY-Mnn (month), YYYY-Hn (half year), YYYY-9M (nine months) or YYYY (year)';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `2024-Q3` → the third quarter of 2024, 2024-07-01 to 2024-09-30. Letters may be
 * lower case and a month may have one digit (`2024-m7`); the label comes out
 * canonical (`2024-M07`). Anything else is a usage error naming `--period`.
 */
export function parsePeriod(text: string): ReportPeriod {
  const trimmed = text.trim();
  const match = /^(\d{4})(?:-(?:([QMH])(\d{1,2})|(9M)))?$/i.exec(trimmed);
  if (!match) throw usageError(`--period: "${text}" is not a period; use ${PERIOD_FORMS}, e.g. 2024-Q3`);
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw usageError(`--period: "${text}": the year must be from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  if (match[4]) return describe({ year, frequency: 'NINE_MONTHS' });
  if (!match[2]) return describe({ year, frequency: 'ANNUAL' });

  const letter = match[2].toUpperCase() as 'Q' | 'M' | 'H';
  const index = Number(match[3]);
  const { frequency, count, name } = {
    Q: { frequency: 'QUARTERLY' as const, count: 4, name: 'quarter' },
    M: { frequency: 'MONTHLY' as const, count: 12, name: 'month' },
    H: { frequency: 'SEMI_ANNUAL' as const, count: 2, name: 'half' },
  }[letter];
  if (index < 1 || index > count) {
    throw usageError(`--period: "${text}": the ${name} must be from 1 to ${count}`);
  }
  return describe({ year, frequency, index });
}

/** The label, words and dates of a valid period. */
export function describe(input: PeriodInput): ReportPeriod {
  return { input, label: periodLabel(input), description: words(input), ...periodDates(input) };
}

function words({ year, frequency, index }: PeriodInput): string {
  switch (frequency) {
    case 'MONTHLY':
      return `${MONTH_NAMES[index! - 1]} ${year}`;
    case 'QUARTERLY':
      return `Q${index} ${year}`;
    case 'SEMI_ANNUAL':
      return `${index === 1 ? 'first' : 'second'} half of ${year}`;
    case 'NINE_MONTHS':
      return `first nine months of ${year}`;
    case 'ANNUAL':
      return `year ${year}`;
  }
}
