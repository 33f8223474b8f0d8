import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';
import { todayInVietnam } from './scalars';
import { allUnitVersions, nearestUnit, provinceOf, referenceUnit, type ReferenceUnit } from './units';
import { dayBefore, inForceOn, type Validity, viewingDay } from './validity';

/**
 * "A unit and everything below it" over time (design section 10). A unit is viewed
 * at a day (`UnitView`: its code and `asOf`), which picks one version of the code.
 * Over a date range, the version's subtree answers for the days it was in force, and
 * for the days before it existed the subtrees of the units it was formed from, and so
 * on back: Lâm Đồng (68) over 2025 is its own subtree from 2025-07-01 and the subtrees
 * of Bình Thuận, Đắk Nông and the old Lâm Đồng before. Each piece is a `Segment`: a
 * path prefix and the days it counts for. The segments come from the reference data
 * in memory, so any number of units still costs one SQL statement (their segments go
 * in as arrays, `whereInLineages`).
 */
export interface UnitView {
  code: string;
  /** The day the unit is viewed at (`YYYY-MM-DD`). */
  asOf: string;
}

export interface Segment {
  /** A `LIKE` pattern: the version's path and `%`. */
  pattern: string;
  /** First day counted; null: no bound. */
  from: string | null;
  /** Last day counted; null: no bound. */
  to: string | null;
}

export interface DateRange {
  from?: string | null;
  to?: string | null;
}

/** `68@2026-12-02`: a view as a loader key. */
export function viewKey({ code, asOf }: UnitView): string {
  return `${code}@${asOf}`;
}

export function parseViewKey(key: string): UnitView {
  const at = key.lastIndexOf('@');
  return { code: key.slice(0, at), asOf: key.slice(at + 1) };
}

/** The version a view shows; undefined when no unit ever had the code. */
export function versionOf({ code, asOf }: UnitView): ReferenceUnit | undefined {
  return referenceUnit(code, asOf) ?? nearestUnit(code, asOf);
}

/**
 * A view of the unit `code` at `on` (today when asked without a date): the version in
 * force then, or the nearest one, viewed at the nearest day of its validity. Null when
 * no unit ever had the code.
 */
export function viewAt(code: string, on: string): UnitView | null {
  const version = nearestUnit(code, on);
  return version ? { code, asOf: viewingDay(version, on) } : null;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** The segments of a version and its predecessors over a range (unbounded ends: null). */
export function lineage(version: ReferenceUnit, range: DateRange = {}): Segment[] {
  const segments: Segment[] = [];
  const visit = (unit: ReferenceUnit, from: string | null, to: string | null) => {
    const ownFrom = later(from, unit.validFrom);
    const ownTo = earlier(to, unit.validTo);
    if (ownFrom === null || ownTo === null || ownFrom <= ownTo) segments.push({ pattern: `${unit.path}%`, from: ownFrom, to: ownTo });
    if (unit.validFrom === null) return;
    const before = dayBefore(unit.validFrom);
    if (from !== null && from > before) return;
    for (const predecessor of unit.predecessors) visit(predecessor.unit, from, earlier(to, before));
  };
  visit(version, range.from ?? null, range.to ?? null);
  return segments;
}

/**
 * The segments of every view of a batch, in parallel arrays (for `unnest`): the view
 * key each belongs to, the pattern, the days, and the level of the view's version
 * (what `countsInStatistics` looks at).
 */
export function lineageArrays(keys: readonly string[], range: DateRange = {}) {
  const out = {
    keys: [] as string[],
    patterns: [] as string[],
    froms: [] as (string | null)[],
    tos: [] as (string | null)[],
    levels: [] as string[],
  };
  for (const key of keys) {
    const version = versionOf(parseViewKey(key));
    if (!version) continue;
    for (const segment of lineage(version, range)) {
      out.keys.push(key);
      out.patterns.push(segment.pattern);
      out.froms.push(segment.from);
      out.tos.push(segment.to);
      out.levels.push(version.level);
    }
  }
  return out;
}

/**
 * The paths a `LIKE` pattern of a lineage matches, as a range (`/VN/60/%` is from
 * `/VN/60/` up to, not including, `/VN/600`): with `~>=~` and `~<~` an index on
 * unit_path (text_pattern_ops) serves it even when the pattern is not a constant.
 */
export function pathRange(pattern: string): { low: string; high: string } {
  const low = pattern.slice(0, -1);
  return { low, high: low.slice(0, -1) + String.fromCharCode(low.charCodeAt(low.length - 1) + 1) };
}

/**
 * Restricts a batched list to records in the lineages of the given views, over a
 * range: one statement for the whole batch. `dateColumn` is the record's day (when it
 * was held, received, started...); `validity` says the rows are organizations, kept
 * when in force on some day of their segment; with neither, only the paths count.
 * Assign the rows with `viewsOfRow`.
 */
export function whereInLineages<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  keys: readonly string[],
  { dateColumn, validity = false, range = {} }: { dateColumn?: string; validity?: boolean; range?: DateRange } = {},
): SelectQueryBuilder<T> {
  const { patterns, froms, tos } = lineageArrays(keys, range);
  // The segments' alias is one no list query uses for its own table.
  const dated = dateColumn
    ? `AND (seg.f IS NULL OR ${alias}.${dateColumn} >= seg.f) AND (seg.t IS NULL OR ${alias}.${dateColumn} <= seg.t)`
    : validity
      ? `AND (seg.t IS NULL OR ${alias}.valid_from <= seg.t) AND (seg.f IS NULL OR ${alias}.valid_to >= seg.f)`
      : '';
  // The same paths as ranges, OR'ed outside the EXISTS: what an index on unit_path
  // (text_pattern_ops) can serve, which a pattern coming from unnest cannot.
  const ranges = patterns.map((_, i) => `(${alias}.unit_path ~>=~ :lineageLow${i} AND ${alias}.unit_path ~<~ :lineageHigh${i})`);
  const bounds = Object.fromEntries(
    patterns.flatMap((pattern, i) => {
      const { low, high } = pathRange(pattern);
      return [
        [`lineageLow${i}`, low],
        [`lineageHigh${i}`, high],
      ];
    }),
  );
  return query.andWhere(
    `(${ranges.join(' OR ') || 'FALSE'}) AND EXISTS (SELECT 1 FROM unnest(CAST(:lineagePatterns AS text[]), CAST(:lineageFroms AS date[]), CAST(:lineageTos AS date[])) AS seg(p, f, t)
             WHERE ${alias}.unit_path LIKE seg.p ${dated})`,
    { lineagePatterns: patterns, lineageFroms: froms, lineageTos: tos, ...bounds },
  );
}

/**
 * SQL: `path` lies under the LIKE `pattern` of a segment (a column from unnest), written
 * also as the range `pathRange` gives: an index on unit_path (text_pattern_ops) serves
 * the range though the pattern is no constant, so a province's records are read, not
 * the whole country's for the days (Hà Nội's dialogues of 2025: 146 rows read, not the country's 3,294).
 */
export function underPattern(path: string, pattern: string): string {
  return `${path} LIKE ${pattern} AND ${path} ~>=~ left(${pattern}, -1) AND ${path} ~<~ (left(${pattern}, -2) || chr(ascii(right(${pattern}, 2)) + 1))`;
}

/**
 * The FROM item of a statistics statement over `lineageArrays`, with its arrays as
 * parameters $1 to $5 (keys, patterns, first days, last days, levels): one row per
 * segment, `root.key` the view it counts for. The days of a statistics range are
 * always bounded, so `first_day` and `last_day` are too.
 */
export const LINEAGE_ROOTS = `unnest(CAST($1 AS text[]), CAST($2 AS text[]), CAST($3 AS date[]), CAST($4 AS date[]), CAST($5 AS text[]))
         AS root (key, pattern, first_day, last_day, level)`;

type RowMatcher = (path: string, day?: string | null, validity?: Validity) => string[];
/** Whether an organization was in force on some day from `from` to `to` (null: no bound). */
function overlaps({ validFrom, validTo }: Validity, from: string | null, to: string | null): boolean {
  return (to === null || validFrom === null || validFrom <= to) && (from === null || validTo === null || validTo >= from);
}

const matchers = new WeakMap<readonly string[], Map<string, RowMatcher>>();

/**
 * The views of a batch whose lineage holds a record with this path (and day, when the
 * lineage is dated; or validity, for an organization: in force on some day of the
 * segment): how a batched list assigns its rows. Built once per batch.
 */
export function viewsOfRow(keys: readonly string[], range: DateRange = {}): RowMatcher {
  const byRange = matchers.get(keys) ?? new Map();
  matchers.set(keys, byRange);
  const rangeKey = `${range.from ?? ''}|${range.to ?? ''}`;
  const known = byRange.get(rangeKey);
  if (known) return known;
  const { keys: owners, patterns, froms, tos } = lineageArrays(keys, range);
  // Segments by their path (the pattern without its `%`): a row looks up only the
  // paths above it, not every segment of the batch (a province's communes are hundreds).
  const segmentsAt = new Map<string, number[]>();
  patterns.forEach((pattern, i) => appendTo(segmentsAt, pattern.slice(0, -1), i));
  const matcher: RowMatcher = (path, day, validity) => {
    const found = new Set<string>();
    for (let end = path.indexOf('/') + 1; end > 0; end = path.indexOf('/', end) + 1) {
      for (const i of segmentsAt.get(path.slice(0, end)) ?? []) {
        if (day != null && ((froms[i] !== null && day < froms[i]!) || (tos[i] !== null && day > tos[i]!))) continue;
        if (validity && !overlaps(validity, froms[i], tos[i])) continue;
        found.add(owners[i]);
      }
    }
    return [...found];
  };
  byRange.set(rangeKey, matcher);
  return matcher;
}

/** The views of a batch that a record of a unit with this validity belongs to: same code, in force on the view's day. */
export function viewsHolding(keys: readonly string[], code: string, validity: Validity): string[] {
  return viewsOfCode(keys, code).filter((key) => inForceOn(validity, parseViewKey(key).asOf));
}

/** Adds a value to its key's list, in place (a copy per addition would be quadratic in a big batch). */
function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byCode = new WeakMap<readonly string[], Map<string, string[]>>();

/** The views of a batch with this code (indexed once per batch: a row looks up its own code, not every key). */
export function viewsOfCode(keys: readonly string[], code: string): string[] {
  let index = byCode.get(keys);
  if (!index) {
    index = new Map();
    for (const key of keys) appendTo(index, parseViewKey(key).code, key);
    byCode.set(keys, index);
  }
  return index.get(code) ?? [];
}

/** The distinct codes of a batch of views, for `code IN (...)`. */
export function codesOf(keys: readonly string[]): string[] {
  return [...new Set(keys.map((key) => parseViewKey(key).code))];
}

/**
 * A unit code given as an argument, viewed at a day: a `BAD_USER_INPUT` naming the
 * argument when no unit ever had the code.
 */
export function requireView(field: string, code: string, on: string): UnitView {
  const view = viewAt(code, on);
  if (!view) throw badInput(field, code, 'an administrative unit code of the GSO lists, or VN');
  return view;
}

/**
 * A unit representation as another subgraph receives it (`_Any`, design section 10's
 * second key): kept whole (it may carry `@requires` fields) when the code is one a
 * unit ever had and `asOf` a calendar day; null otherwise, without asking any
 * database (the lists are public reference data). A hand-made `{code}` is viewed today.
 */
export function knownUnitReference<R extends { code: string; asOf?: unknown }>(ref: R): (R & { asOf: string }) | null {
  if (!nearestUnit(ref.code, '2000-01-01')) return null;
  const asOf = ref.asOf === undefined || ref.asOf === null ? todayInVietnam() : ref.asOf;
  if (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) return null;
  return { ...ref, asOf };
}

/** The unit of a record, as it stood on the record's day (the nearest day it was in force): every record keeps the unit it was recorded in. */
export function unitOn(code: string, day: string): UnitView {
  return viewAt(code, day) ?? { code, asOf: day };
}

/** The unit an organization serves, viewed today, or on its last day if it has ended (its first, if not begun). */
export function unitOfOrganization(organization: { unitCode: string } & Validity, today: string = todayInVietnam()): UnitView {
  return unitOn(organization.unitCode, viewingDay(organization, today));
}

let byPath: Map<string, ReferenceUnit[]> | undefined;

/**
 * The units that carried on the unit at `path` (a version's path, as records keep it)
 * and every unit above them, each with the day it took over: the other direction of
 * `lineage`. Phan Hòa (/VN/60/596/23035/) was carried on by Xã Bắc Bình and Lâm Đồng
 * from 2025-07-01; a district by its province (its communes went to several communes,
 * each of which carries only its own part). The nation is left out: it never ended.
 */
export function carriersOf(path: string): { path: string; on: string }[] {
  if (!byPath) {
    byPath = new Map();
    for (const version of allUnitVersions()) byPath.set(version.path, [...(byPath.get(version.path) ?? []), version]);
  }
  const found = new Map<string, string>();
  const visit = (unit: ReferenceUnit) => {
    for (const succession of unit.successors) {
      const heir = unit.level === 'DISTRICT' && succession.unit.level === 'COMMUNE' ? provinceOf(succession.unit) : succession.unit;
      for (const prefix of heir.path
        .split('/')
        .filter(Boolean)
        .slice(1)
        .map((_, i, codes) => `/VN/${codes.slice(0, i + 1).join('/')}/`)) {
        if (!found.has(prefix)) found.set(prefix, succession.on);
      }
      visit(heir);
    }
  };
  for (const version of (byPath.get(path) ?? []).filter((v) => v.validTo !== null)) visit(version);
  return [...found].map(([carrier, on]) => ({ path: carrier, on }));
}

/**
 * Whether an organization whose unit has the lineage `unitPaths` (`PlacedOrganization.unitPaths`)
 * carries on the unit at `path` (design section 10): Xã Bắc Bình's People's Committee
 * carries on Phan Hòa's records; Lâm Đồng's carries on the whole of Bình Thuận's.
 */
export function carriesOn(unitPaths: readonly string[], path: string): boolean {
  return unitPaths.some((own) => path.startsWith(own));
}
