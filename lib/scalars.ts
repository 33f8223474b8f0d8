import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (match) {
    const [, y, m, d] = match.map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return value as string;
    }
  }
  throw new GraphQLError(`Date: ${JSON.stringify(value)} is not a calendar date YYYY-MM-DD`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A calendar date, kept as the `YYYY-MM-DD` text PostgreSQL's `date` type gives back. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  // What goes out comes from PostgreSQL, whose dates are real ones: the shape is checked, the calendar only on input.
  serialize: (value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' && DATE.test(value) ? value : parseDate(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError(`DateTime: ${JSON.stringify(value)} is not an ISO 8601 date-time`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

/** An instant; written out in Vietnam's offset (+07:00), where the regime's deadlines are. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => toVietnamIso(value instanceof Date ? value : parseDateTime(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** `2024-10-10T16:30:00Z` → `2024-10-10T23:30:00+07:00`. Vietnam has no daylight saving time. */
export function toVietnamIso(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

/** The calendar date in Vietnam at an instant. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

let today: { day: string; since: number; until: number } | undefined;

/** Today's date in Vietnam, worked out again only when the day changes: a province's list asks it once per organization. */
export function todayInVietnam(now: number = Date.now()): string {
  if (!today || now < today.since || now >= today.until) {
    const day = vietnamDate(new Date(now));
    const since = Date.parse(`${day}T00:00:00+07:00`);
    today = { day, since, until: since + 86_400_000 };
  }
  return today.day;
}
