import type { DataSource } from 'typeorm';
import { checkedStatisticsKey, ReferenceUnit, referenceUnit, requireUnitPath } from '../../lib';
import { MODEL_FIELDS, MODEL_KINDS, ModelField, ModelKind } from './entities/MobilizationModel';
import type { StatisticsReference } from './references';

/**
 * The party's part of `UnitStatistics` (an entity the state subgraph makes for
 * `AdministrativeUnit.statistics(from, to)` and each family completes from its own
 * database): what its figures are computed over, and the Skilled Mass Mobilization
 * model counts. `reportingByFamily`, the regime's figures, is the reporting regime's
 * (reporting/byFamily.ts) over the same range.
 */

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

/** `UnitStatistics.modelsByKind`, `modelsByField` and `modelsByYear` of one unit and range. */
export interface ModelCounts {
  /** In the order of the `ModelKind` enum; kinds with no model left out. */
  byKind: { kind: ModelKind; models: number }[];
  /** In the order of the `ModelField` enum; fields with no model left out. */
  byField: { field: ModelField; models: number }[];
  /** Oldest year first; years with no model left out. */
  byYear: { year: number; models: number }[];
}

/** A model counts for a range when it was recognized in a year the range touches: a model has a year, not a date. */
export const modelYears = ({ from, to }: StatisticsRange) => ({ yearFrom: Number(from.slice(0, 4)), yearTo: Number(to.slice(0, 4)) });

interface CountRow {
  key: number;
  dimension: 'kind' | 'field' | 'year';
  kind: ModelKind | null;
  field: ModelField | null;
  year: number | null;
  models: number;
}

/**
 * The model counts of every range of a batch in one statement, however many: the
 * ranges go in as arrays (one row each, numbered), each joined to the models of its
 * unit's subtree and years, and counted by kind, by field and by year at once
 * (`GROUPING SETS`). A model lies in the subtree of its own unit and of every unit
 * above it, so it counts once for each of those in the batch.
 */
export async function countModels(db: DataSource, ranges: readonly StatisticsRange[]): Promise<ModelCounts[]> {
  const rows: CountRow[] = await db.query(
    `SELECT r.key::int AS key,
            CASE WHEN GROUPING(m.kind) = 0 THEN 'kind' WHEN GROUPING(m.field) = 0 THEN 'field' ELSE 'year' END AS dimension,
            m.kind, m.field, m.year, count(*)::int AS models
       FROM unnest($1::text[], $2::int[], $3::int[]) WITH ORDINALITY AS r(unit_pattern, year_from, year_to, key)
       JOIN mobilization_model m ON m.unit_path LIKE r.unit_pattern AND m.year BETWEEN r.year_from AND r.year_to
      GROUP BY GROUPING SETS ((r.key, m.kind), (r.key, m.field), (r.key, m.year))`,
    [
      ranges.map((range) => `${range.unit.path}%`),
      ranges.map((range) => modelYears(range).yearFrom),
      ranges.map((range) => modelYears(range).yearTo),
    ],
  );
  const counts: ModelCounts[] = ranges.map(() => ({ byKind: [], byField: [], byYear: [] }));
  for (const row of rows) {
    // WITH ORDINALITY numbers from 1.
    const count = counts[row.key - 1];
    if (row.dimension === 'kind') count.byKind.push({ kind: row.kind!, models: row.models });
    else if (row.dimension === 'field') count.byField.push({ field: row.field!, models: row.models });
    else count.byYear.push({ year: row.year!, models: row.models });
  }
  for (const count of counts) {
    count.byKind.sort((a, b) => MODEL_KINDS.indexOf(a.kind) - MODEL_KINDS.indexOf(b.kind));
    count.byField.sort((a, b) => MODEL_FIELDS.indexOf(a.field) - MODEL_FIELDS.indexOf(b.field));
    count.byYear.sort((a, b) => a.year - b.year);
  }
  return counts;
}
