import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';
import { referenceUnit, requireUnitPath } from './units';

/**
 * Query conditions every subgraph's lists share. Records placed in the unit
 * hierarchy carry `unit_code` and `unit_path` (see `units.ts`), so "in a unit" is
 * an equality and "in a unit or below it" one indexed prefix match.
 */

/**
 * Restricts a list to records placed in a unit, or with `includeDescendants` in
 * the unit and every unit below it (a prefix match on `unit_path`). An unknown
 * code is a `BAD_USER_INPUT` naming `field`.
 */
export function whereInUnit<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  field: string,
  code: string,
  includeDescendants: boolean | null | undefined,
): SelectQueryBuilder<T> {
  const path = requireUnitPath(field, code);
  return includeDescendants
    ? query.andWhere(`${alias}.unit_path LIKE :unitPath`, { unitPath: `${path}%` })
    : query.andWhere(`${alias}.unit_code = :unitCode`, { unitCode: code });
}

/**
 * `LIKE` patterns matching every path at or below the given units, from the
 * official list (no database round trip). A code outside it has no subtree and is
 * left out.
 */
export function subtreePatterns(codes: readonly string[]): string[] {
  return codes.flatMap((code) => {
    const unit = referenceUnit(code);
    return unit ? [`${unit.path}%`] : [];
  });
}

/**
 * Restricts a batched list to records placed in any of the given units or below
 * them: one statement for the whole batch, the same for any batch size (the
 * patterns go in as one array parameter). Each row belongs to every requested unit
 * on its path (`unitsOnPath` in `loaders.ts`). Unknown codes match nothing.
 */
export function whereInSubtrees<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  codes: readonly string[],
): SelectQueryBuilder<T> {
  return query.andWhere(`${alias}.unit_path LIKE ANY(CAST(:patterns AS text[]))`, { patterns: subtreePatterns(codes) });
}

/** A range whose start lies after its end is a `BAD_USER_INPUT` naming the end. */
export function checkRange<V extends string | number | Date>(
  fromField: string,
  from: V | null | undefined,
  toField: string,
  to: V | null | undefined,
  { exclusiveEnd = false } = {},
): void {
  if (from == null || to == null) return;
  const empty = exclusiveEnd ? from >= to : from > to;
  if (empty) {
    const show = (v: V) => (v instanceof Date ? v.toISOString() : v);
    throw badInput(toField, show(to), `${exclusiveEnd ? 'later than' : 'not before'} ${fromField} (${show(from)})`);
  }
}

/** A `LIKE` pattern for "contains `text`": `%`, `_` and `\` in user text match themselves. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
