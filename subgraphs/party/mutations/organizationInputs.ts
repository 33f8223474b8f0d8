import type { EntityManager } from 'typeorm';
import type { OrganizationRef } from '../../kit/authorization';
import { badInput, ERRORS } from '../../kit/errors';
import { MassMobilizationCommissionEntity, PartyCommitteeEntity } from '../entities';
import type { OrganizationRefInput } from '../generated/resolvers';
import { isForeignOrganizationType, ORGANIZATION_TYPE_NAMES } from '../references';

/** Organization ids in every family are short codes such as `PC-60`, `PCOM-596`, `VFF-23035`, `GDP-VN`. */
export const MAX_ORGANIZATION_ID_LENGTH = 100;
const ORGANIZATION_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * An `OrganizationRefInput` as a (typename, id) pair, checked for shape. Whether a
 * party body exists is asked of this database (`requireOwnOrganization`, inside the
 * transaction); another family's organization is checked for shape only: the party
 * database keeps no copy of other families' organizations and never reads their
 * databases (design sections 3 and 4), so its existence is for its owner to answer
 * when the gateway resolves the reference.
 */
export function organizationRef(field: string, input: OrganizationRefInput): OrganizationRef {
  const type = ORGANIZATION_TYPE_NAMES[input.type];
  if (input.id.length > MAX_ORGANIZATION_ID_LENGTH || !ORGANIZATION_ID.test(input.id)) {
    throw badInput(
      `${field}.id`,
      input.id,
      `an organization id such as PCOM-60: letters, digits, '.', '_' or '-', at most ${MAX_ORGANIZATION_ID_LENGTH} characters`,
    );
  }
  return { type, id: input.id };
}

/** A party committee or commission named by an input must exist (NOT_FOUND naming `<field>.id`); other families' are not checked here. */
export async function requireOwnOrganization(manager: EntityManager, field: string, ref: OrganizationRef): Promise<void> {
  if (isForeignOrganizationType(ref.type)) return;
  const entity = ref.type === 'PartyCommittee' ? PartyCommitteeEntity : MassMobilizationCommissionEntity;
  if (!(await manager.existsBy(entity, { id: ref.id }))) {
    const what = ref.type === 'PartyCommittee' ? 'party committee' : 'Mass Mobilization Commission';
    throw ERRORS.NOT_FOUND.err(`${field}.id: no ${what} has id ${ref.id}`, { field: `${field}.id` });
  }
}

/** The commission with this id, or NOT_FOUND naming `field`. */
export async function requireCommission(manager: EntityManager, field: string, id: string): Promise<MassMobilizationCommissionEntity> {
  const found = await manager.findOneBy(MassMobilizationCommissionEntity, { id });
  if (!found) throw ERRORS.NOT_FOUND.err(`${field}: no Mass Mobilization Commission has id ${id}`, { field });
  return found;
}
