import type { EntityManager } from 'typeorm';
import { ERRORS } from '../../../lib';
import { MassMobilizationCommissionEntity } from '../entities';

/**
 * Party bodies named by an input. Organizations of any family named by an
 * `OrganizationRefInput` are checked by the library (`lib/references.ts`: one id shape,
 * one type map, existence by each organization's owner).
 */

/** The commission with this id, or NOT_FOUND naming `field`. */
export async function requireCommission(manager: EntityManager, field: string, id: string): Promise<MassMobilizationCommissionEntity> {
  const found = await manager.findOneBy(MassMobilizationCommissionEntity, { id });
  if (!found) throw ERRORS.NOT_FOUND.err(`${field}: no Mass Mobilization Commission has id ${id}`, { field });
  return found;
}
