import { badInput } from './errors';
import { checkRange } from './filters';
import { DateScalar } from './scalars';
import type { Level } from './units';

/**
 * Statistics count RESTRICTED records (a count reveals no content, and figures that
 * changed with the viewer could not be compared between agencies), but only over a
 * province or the nation: over a district or a commune, and a range as short as a day,
 * a breakdown (a category and a status, a level and a number of participants) could
 * single one out, so there they count PUBLIC records only, for every viewer.
 */
export const LEVELS_COUNTING_RESTRICTED: readonly Level[] = ['CENTRAL', 'PROVINCIAL'];

/**
 * The SQL condition for "this record counts in the figures of this root unit":
 * `record` is the record's alias (it has `classification`), `rootLevel` an SQL
 * expression of the root unit's level.
 */
export function countsInStatistics(record: string, rootLevel: string): string {
  const levels = LEVELS_COUNTING_RESTRICTED.map((level) => `'${level}'`).join(', ');
  return `(${record}.classification = 'PUBLIC' OR ${rootLevel} IN (${levels}))`;
}

/**
 * The key of a `UnitStatistics` (`unitCode from to`): the figures are computed,
 * never stored, so the key is all a subgraph keeps of one, and every family
 * answers its own figures from it.
 */
export interface StatisticsKey {
  unitCode: string;
  from: string;
  to: string;
}

function requireDate(field: string, value: unknown): string {
  try {
    return DateScalar.parseValue(value);
  } catch {
    throw badInput(field, value, 'a calendar date YYYY-MM-DD');
  }
}

/**
 * A key as a representation brings it, checked: `_entities` takes any JSON (no
 * scalar parses its dates) and anyone may call it, so its dates and range are
 * checked as `AdministrativeUnit.statistics` checks its arguments; a bad key is a
 * `BAD_USER_INPUT` naming the key field, never a wrong figure or an SQL error.
 * Other fields of the representation (required data) are kept.
 */
export function checkedStatisticsKey<K extends StatisticsKey>(ref: K): K {
  const checked = { ...ref, from: requireDate('from', ref.from), to: requireDate('to', ref.to) };
  checkRange('from', checked.from, 'to', checked.to);
  return checked;
}
