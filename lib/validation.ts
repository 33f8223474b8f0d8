import { badInput } from './errors';
import { vietnamDate } from './scalars';

/** Longest free text a record keeps (descriptions, summaries, findings). */
export const MAX_LONG_TEXT = 20_000;

/** Longest title of a record (a case, a dialogue, a report, a supervision, an activity, a program). */
export const MAX_TITLE_LENGTH = 300;

/** Records are keyed by UUIDs: anything else names no record (and must not reach a `uuid` column). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function shown(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

/** Required text, trimmed, of `min` to `max` characters. */
export function requireText(field: string, value: string, max: number, min = 1): string {
  const text = value.trim();
  if (text.length < min || text.length > max) throw badInput(field, shown(value), `text of ${min} to ${max} characters`);
  return text;
}

/** Optional text: null when omitted or blank, else trimmed and at most `max` characters. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  if (value == null || value.trim() === '') return null;
  return requireText(field, value, max);
}

/** A count: a whole number, not negative. */
export function requireCount(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw badInput(field, value, 'a whole number, not negative');
  return value;
}

/** A date that has already come, in Vietnam's calendar. */
export function requireNotFuture(field: string, date: string, now = new Date()): string {
  if (date > vietnamDate(now)) throw badInput(field, date, `a date not after today (${vietnamDate(now)})`);
  return date;
}
