import { badInput } from '../kit/errors';
import { isUuid } from './queries';

/** What each value of a list's cursor must be, in the order `paginate` writes them. */
export type CursorPart = 'date' | 'uuid' | 'text';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function fits(value: unknown, part: CursorPart): boolean {
  if (typeof value !== 'string') return false;
  if (part === 'uuid') return isUuid(value);
  if (part === 'date') {
    const date = new Date(`${value}T00:00:00Z`);
    return DATE.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }
  return true;
}

/**
 * Checks a cursor's values before `paginate` binds them to typed columns: the kit
 * checks only a cursor's shape, and a hand-made cursor holding `"x"` where a date
 * goes would otherwise fail inside PostgreSQL as an internal error instead of a
 * BAD_USER_INPUT naming `after`. (Generic: could move into the kit's `paginate`.)
 */
export function checkCursor(after: string | null | undefined, parts: readonly CursorPart[]): void {
  if (after === null || after === undefined) return;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (!Array.isArray(values) || values.length !== parts.length || !parts.every((part, i) => fits(values[i], part))) {
    throw badInput('after', after, 'a cursor returned as pageInfo.endCursor by the same list');
  }
}
