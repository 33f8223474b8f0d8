import type { DataSource } from 'typeorm';
import { badInput, checkedStatisticsKey, countsInStatistics, lineage, ReferenceUnit, underPattern, versionOf } from '../../lib';
import { MODEL_FIELDS, MODEL_KINDS, ModelField, ModelKind } from './entities/MobilizationModel';
import type { StatisticsReference } from './references';

/**
 * The party's part of `UnitStatistics` (an entity the state subgraph makes for
 * `AdministrativeUnit.statistics(from, to)` and each family completes from its own
 * database): what its figures are computed over, the Skilled Mass Mobilization
 * model counts and the committees' working sessions. `reportingByFamily`, the
 * regime's figures, is the reporting regime's (reporting/byFamily.ts) over the same
 * range.
 */

/** What every party figure of a `UnitStatistics` is computed over: a unit (the version its view shows) and its lineage, and a date range. */
export interface StatisticsRange {
  unit: ReferenceUnit;
  /** The day the unit is viewed at. */
  asOf: string;
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
  const { asOf, from, to } = checkedStatisticsKey(ref);
  const unit = versionOf({ code: ref.unitCode, asOf });
  if (!unit) throw badInput('unitCode', ref.unitCode, 'an administrative unit code of the GSO lists, or VN');
  return { unit, asOf, from, to };
}

/** `statisticsRange`'s key as text, for loader caches: equal ranges, equal keys. */
export function rangeKey({ unit, asOf, from, to }: StatisticsRange): string {
  return `${unit.code}@${asOf}|${from}|${to}`;
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
 * segments of each range's lineage go in as arrays (numbered by range), each joined
 * to the models of its paths and years, and counted by kind, by field and by year at
 * once (`GROUPING SETS`). A model lies in the lineage of its own unit and of every
 * unit above it, so it counts once for each of those in the batch; a model has a year,
 * not a day, so a year two segments share (2025, before and after the reorganization)
 * could hold it twice: each model counts once per range (`DISTINCT`).
 */
export async function countModels(db: DataSource, ranges: readonly StatisticsRange[]): Promise<ModelCounts[]> {
  const segments = ranges.flatMap((range, i) =>
    lineage(range.unit, range).map((segment) => ({
      key: i + 1,
      pattern: segment.pattern,
      yearFrom: Number((segment.from ?? range.from).slice(0, 4)),
      yearTo: Number((segment.to ?? range.to).slice(0, 4)),
    })),
  );
  const rows: CountRow[] = await db.query(
    `WITH hits AS (
       SELECT DISTINCT r.key, m.id, m.kind, m.field, m.year
         FROM unnest($1::int[], $2::text[], $3::int[], $4::int[]) AS r(key, unit_pattern, year_from, year_to)
         JOIN mobilization_model m ON ${underPattern('m.unit_path', 'r.unit_pattern')} AND m.year BETWEEN r.year_from AND r.year_to
     )
     SELECT key::int AS key,
            CASE WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING(field) = 0 THEN 'field' ELSE 'year' END AS dimension,
            kind, field, year, count(*)::int AS models
       FROM hits
      GROUP BY GROUPING SETS ((key, kind), (key, field), (key, year))`,
    [segments.map((s) => s.key), segments.map((s) => s.pattern), segments.map((s) => s.yearFrom), segments.map((s) => s.yearTo)],
  );
  const counts: ModelCounts[] = ranges.map(() => ({ byKind: [], byField: [], byYear: [] }));
  for (const row of rows) {
    // Ranges are numbered from 1.
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

/**
 * `UnitStatistics.workingSessions` of every range of a batch in one statement: each
 * range's lineage segments go in as arrays (numbered by range, with the level of the
 * range's unit), each joined to the sessions of its paths held on its days. Segments
 * of one range never share a day (a version's days, then its predecessors' before
 * it), but a session is counted once per range all the same. Over a district or a
 * commune only PUBLIC sessions count (`countsInStatistics`), the same for every viewer.
 */
export async function countSessions(db: DataSource, ranges: readonly StatisticsRange[]): Promise<number[]> {
  const segments = ranges.flatMap((range, i) =>
    lineage(range.unit, range).map((segment) => ({
      key: i + 1,
      pattern: segment.pattern,
      // The range bounds every segment: `lineage` leaves a bound null only where the range has none.
      from: segment.from ?? range.from,
      to: segment.to ?? range.to,
      level: range.unit.level,
    })),
  );
  const rows: { key: number; sessions: number }[] = await db.query(
    `SELECT r.key::int AS key, count(DISTINCT ws.id)::int AS sessions
       FROM unnest($1::int[], $2::text[], $3::date[], $4::date[], $5::text[]) AS r(key, unit_pattern, first_day, last_day, level)
       JOIN working_session ws ON ${underPattern('ws.unit_path', 'r.unit_pattern')} AND ws.held_on BETWEEN r.first_day AND r.last_day
      WHERE ${countsInStatistics('ws', 'r.level')}
      GROUP BY r.key`,
    [
      segments.map((s) => s.key),
      segments.map((s) => s.pattern),
      segments.map((s) => s.from),
      segments.map((s) => s.to),
      segments.map((s) => s.level),
    ],
  );
  const counts = ranges.map(() => 0);
  // Ranges are numbered from 1.
  for (const row of rows) counts[row.key - 1] = row.sessions;
  return counts;
}
