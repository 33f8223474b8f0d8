import type { EntityManager } from 'typeorm';
import type { OrganizationTypeName } from '../../kit/auth';
import { badInput, ERRORS } from '../../kit/errors';
import { FrontOrganizationEntity } from '../entities';
import type { OrganizationRefInput, OrganizationType } from '../generated/resolvers';

/** The GraphQL `OrganizationType` values and the union members they name. */
export const ORGANIZATION_TYPE_NAMES: Record<OrganizationType, OrganizationTypeName> = {
  PARTY_COMMITTEE: 'PartyCommittee',
  MASS_MOBILIZATION_COMMISSION: 'MassMobilizationCommission',
  STATE_AGENCY: 'StateAgency',
  FRONT_ORGANIZATION: 'FrontOrganization',
  ARMED_UNIT: 'ArmedUnit',
};

const MAX_ID_LENGTH = 100;
const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/**
 * The id of another family's record (a case, a coordination program, a state
 * agency, a party body, an armed unit), checked for its shape only: the front
 * database keeps no copy of other families' records and never reads their
 * databases (design section 3), so whether it exists is its owner's to say. Ids
 * in this graph are UUIDs or `PREFIX-code` (`PCOM-598`, `PC-VN`).
 */
export function requireIdShape(field: string, id: string): string {
  if (id.length > MAX_ID_LENGTH || !ID_SHAPE.test(id)) {
    throw badInput(field, id, `an id of 1 to ${MAX_ID_LENGTH} letters, digits, '-', '_', '.' or ':'`);
  }
  return id;
}

/** An organization named in an input, as stored: the union member's name and the id. */
export interface CheckedOrganizationRef {
  field: string;
  type: OrganizationTypeName;
  id: string;
}

/** Shape of an `OrganizationRefInput` (`field` is e.g. `input.target`); existence comes with `requireFrontOrganizations`. */
export function checkOrganizationRef(field: string, ref: OrganizationRefInput): CheckedOrganizationRef {
  return { field, type: ORGANIZATION_TYPE_NAMES[ref.type], id: requireIdShape(`${field}.id`, ref.id) };
}

/**
 * The Front organizations among `refs` must exist: they are this database's own
 * records. One statement for all of them; the first missing one, in input order,
 * is a NOT_FOUND naming its field.
 */
export async function requireFrontOrganizations(manager: EntityManager, refs: readonly CheckedOrganizationRef[]): Promise<void> {
  const front = refs.filter((ref) => ref.type === 'FrontOrganization');
  if (front.length === 0) return;
  const found = await manager
    .createQueryBuilder(FrontOrganizationEntity, 'o')
    .select('o.id', 'id')
    .where('o.id = ANY(:ids)', { ids: [...new Set(front.map((ref) => ref.id))] })
    .getRawMany<{ id: string }>();
  const existing = new Set(found.map((row) => row.id));
  const missing = front.find((ref) => !existing.has(ref.id));
  if (missing) {
    throw ERRORS.NOT_FOUND.err(`${missing.field}.id: no Front or socio-political organization has id ${missing.id}`, {
      field: `${missing.field}.id`,
    });
  }
}
