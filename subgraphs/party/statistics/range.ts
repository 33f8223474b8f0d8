import { checkedStatisticsKey, ReferenceUnit, referenceUnit, requireUnitPath } from '../../../lib';
import type { StatisticsReference } from '../references';

/** What every party figure of a `UnitStatistics` is computed over: a unit and its subtree, and a date range. */
export interface StatisticsRange {
  unit: ReferenceUnit;
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, `YYYY-MM-DD`, not before `from`. */
  to: string;
}

/**
 * The key of a `UnitStatistics` representation, checked. The state subgraph checks
 * the arguments of `AdministrativeUnit.statistics` when it makes the key, but a
 * representation is `_Any` (no scalar parses its dates) and anyone may call
 * `_entities`, so the party checks it again: a bad key is a `BAD_USER_INPUT` naming
 * the key field, never a wrong figure.
 */
export function statisticsRange(ref: StatisticsReference): StatisticsRange {
  requireUnitPath('unitCode', ref.unitCode);
  const { from, to } = checkedStatisticsKey(ref);
  return { unit: referenceUnit(ref.unitCode)!, from, to };
}

/** `statisticsRange`'s key as text, for loader caches: equal ranges, equal keys. */
export function rangeKey({ unit, from, to }: StatisticsRange): string {
  return `${unit.code}|${from}|${to}`;
}
