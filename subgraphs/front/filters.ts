import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { requireUnitPath } from '../kit/units';

/**
 * Restricts a list to records placed in a unit, or with `includeDescendants` in
 * the unit and every unit below it (one indexed prefix match on `unit_path`). An
 * unknown code is a `BAD_USER_INPUT` naming `field`.
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
    ? query.andWhere(`${alias}.unit_path LIKE :unitPath || '%'`, { unitPath: path })
    : query.andWhere(`${alias}.unit_code = :unitCode`, { unitCode: code });
}
