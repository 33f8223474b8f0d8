import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../kit/errors';
import { requireUnitPath } from '../kit/units';

/**
 * Restricts a list to records placed in a unit, or with `includeDescendants` in
 * the unit and every unit below it (a prefix match on `unit_path`). An unknown
 * code is a `BAD_USER_INPUT` naming `field`. (Could move to the kit: the front
 * subgraph has the same helper.)
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

/** `%` and `_` in user text match themselves in a LIKE pattern. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
