import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';
import { requireView, viewKey, whereInLineages } from './lineage';
import { todayInVietnam } from './scalars';

/**
 * Query conditions every subgraph's lists share. Records placed in the unit
 * hierarchy carry `unit_code` and `unit_path` (see `units.ts`), so "in a unit" is
 * an equality and "in a unit or below it" one indexed prefix match.
 */

/**
 * Restricts a list to records placed in a unit, or with `includeDescendants` in
 * the unit and every unit below it, and in the units it was formed from (its lineage
 * as it stands today, `lineage.ts`: for 68, also Bình Thuận's and Đắk Nông's records).
 * A code no unit ever had is a `BAD_USER_INPUT` naming `field`.
 */
export function whereInUnit<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  field: string,
  code: string,
  includeDescendants: boolean | null | undefined,
): SelectQueryBuilder<T> {
  const view = requireView(field, code, todayInVietnam());
  return includeDescendants
    ? whereInLineages(query, alias, [viewKey(view)])
    : query.andWhere(`${alias}.unit_code = :unitCode`, { unitCode: code });
}

/** Restricts a list of organizations (or unit versions) to those in force on a day. */
export function whereInForce<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, day: string): SelectQueryBuilder<T> {
  return query.andWhere(`:inForceOn BETWEEN ${alias}.valid_from AND ${alias}.valid_to`, { inForceOn: day });
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
