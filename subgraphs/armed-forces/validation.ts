import { badInput } from '../kit/errors';

/**
 * A range of start dates must not end before it starts (design section 7). `prefix`
 * names where the arguments sit, e.g. `filter.` for `filter.from`/`filter.to`.
 */
export function checkDateRange(from: string | null | undefined, to: string | null | undefined, prefix = ''): void {
  if (from && to && from > to) throw badInput(`${prefix}to`, to, `a date on or after ${prefix}from (${from})`);
}
