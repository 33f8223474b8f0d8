import type { EntityManager } from 'typeorm';
import { ERRORS } from '../../../lib';
import { MassMobilizationCommissionEntity, PartyCommitteeEntity } from '../entities';

/**
 * What the party's mutations check the same way. Party bodies named by an input are
 * looked up here, in this database; organizations of any family named by an
 * `OrganizationRefInput` are checked by the library (`organizationRef`,
 * `requireOrganizations`: one id shape, one type map, existence by each organization's
 * owner).
 */

/** The committee with this id, or NOT_FOUND naming `field`. */
export async function requireCommittee(manager: EntityManager, field: string, id: string): Promise<PartyCommitteeEntity> {
  const found = await manager.findOneBy(PartyCommitteeEntity, { id });
  if (!found) throw ERRORS.NOT_FOUND.err(`${field}: no party committee has id ${id}`, { field });
  return found;
}

/** The commission with this id, or NOT_FOUND naming `field`. */
export async function requireCommission(manager: EntityManager, field: string, id: string): Promise<MassMobilizationCommissionEntity> {
  const found = await manager.findOneBy(MassMobilizationCommissionEntity, { id });
  if (!found) throw ERRORS.NOT_FOUND.err(`${field}: no Mass Mobilization Commission has id ${id}`, { field });
  return found;
}
