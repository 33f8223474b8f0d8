/**
 * Calendar dates as `YYYY-MM-DD` text in Vietnam's time zone, as the graph's
 * `Date` scalar has them (design section 4), and date-times shown in that zone.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (`2024-02-30` is not one). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The parts of an instant on Vietnam's clock. */
function vietnamParts(instant: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** Today's date in Vietnam: the default `--as-of`. */
export function todayInVietnam(now: Date = new Date()): string {
  const { year, month, day } = vietnamParts(now);
  return `${year}-${month}-${day}`;
}

/** `2024-10-11T00:30:00+07:00` (or the same instant in UTC) → `2024-10-11 00:30`, on Vietnam's clock. */
export function formatDateTime(value: string | Date): string {
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) return String(value);
  const { year, month, day, hour, minute } = vietnamParts(instant);
  return `${year}-${month}-${day} ${hour}:${minute}`;
}
