import { badInput } from './errors';
import { checkRange } from './filters';
import { viewKey } from './lineage';
import { DateScalar, todayInVietnam } from './scalars';
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
  /** The day the unit is viewed at: which version of the code (design section 10). */
  asOf: string;
  from: string;
  to: string;
}

/** The days of a statistics key: a batch of statistics costs one statement per distinct range. */
export interface StatisticsDays {
  from: string;
  to: string;
}

/** The view of a key's unit, as a loader key (`68@2026-12-02`). */
export function statisticsView({ unitCode, asOf }: StatisticsKey): string {
  return viewKey({ code: unitCode, asOf });
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
  // A hand-made key without the unit's day views the unit today, as a hand-made unit reference does.
  const asOf = ref.asOf === undefined || ref.asOf === null ? todayInVietnam() : requireDate('asOf', ref.asOf);
  const checked = { ...ref, asOf, from: requireDate('from', ref.from), to: requireDate('to', ref.to) };
  checkRange('from', checked.from, 'to', checked.to);
  return checked;
}
