import type { OrganizationTypeName, PlacedOrganization, Viewer } from './auth';
import type { SubgraphName } from './config';
import { badInput, ERRORS } from './errors';
import { organizationKey, type OrganizationDirectory, refuseIfNotInForce } from './organizations';
import { ownerUnavailable, PeerClient, type PeerRequest, PeerUnavailableError } from './peers';
import { FAMILY_OF } from './visibility';

/**
 * Ids of other families' records named in an input (a case on an armed-forces
 * activity, the target of a supervision, a program's participants), checked the
 * same way everywhere: their shape here, their existence by their owner, through its
 * published API and with the caller's own token (design sections 3 and 7: an unknown
 * id gets a clear error; no subgraph reads another's database). A record the caller
 * may not see is, for the caller, a record that does not exist.
 */

/** The GraphQL `OrganizationType` values and the `Organization` members they name. */
export const ORGANIZATION_TYPE_NAMES = {
  PARTY_COMMITTEE: 'PartyCommittee',
  MASS_MOBILIZATION_COMMISSION: 'MassMobilizationCommission',
  STATE_AGENCY: 'StateAgency',
  FRONT_ORGANIZATION: 'FrontOrganization',
  ARMED_UNIT: 'ArmedUnit',
} as const satisfies Record<string, OrganizationTypeName>;

export type OrganizationTypeEnum = keyof typeof ORGANIZATION_TYPE_NAMES;

/** Ids in this graph are UUIDs or `PREFIX-code` (`PCOM-598`, `PC-VN`, `DONRE-60`). */
export const MAX_ID_LENGTH = 100;
const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** An id of another family's record, checked for shape (BAD_USER_INPUT naming `field`). */
export function requireIdShape(field: string, id: string): string {
  if (id.length > MAX_ID_LENGTH || !ID_SHAPE.test(id)) {
    throw badInput(field, id, `an id of 1 to ${MAX_ID_LENGTH} letters, digits, '-', '_', '.' or ':'`);
  }
  return id;
}

/** An organization named in an input (`field` is e.g. `input.target`). */
export interface NamedOrganization {
  field: string;
  type: OrganizationTypeName;
  id: string;
}

/** An `OrganizationRefInput`, checked for shape; `requireOrganizations` checks that it exists. */
export function organizationRef(field: string, input: { type: OrganizationTypeEnum; id: string }): NamedOrganization {
  return { field, type: ORGANIZATION_TYPE_NAMES[input.type], id: requireIdShape(`${field}.id`, input.id) };
}

/** What the checks need of a request's context. */
export interface ReferenceContext {
  viewer: Viewer;
  organizations: OrganizationDirectory;
  peers: PeerClient;
  authorization: string;
}

const ORGANIZATION_LABELS: Record<OrganizationTypeName, string> = {
  PartyCommittee: 'party committee',
  MassMobilizationCommission: 'Mass Mobilization Commission',
  StateAgency: 'state agency',
  FrontOrganization: 'Front or socio-political organization',
  ArmedUnit: 'armed unit',
};

/**
 * Each organization exists, as its owner records it: this subgraph's own family in
 * its database, the others asked of their owners (all at once, each organization
 * once). The first that does not, in input order, is a NOT_FOUND naming its field;
 * the first whose owner cannot be asked, in the same order, is SERVICE_UNAVAILABLE
 * (nothing is written). Returns them placed, in order.
 */
export async function requireOrganizations(ctx: ReferenceContext, refs: readonly NamedOrganization[]): Promise<PlacedOrganization[]> {
  const lookups = new Map<string, Promise<PlacedOrganization | null>>();
  const lookup = (ref: NamedOrganization) => {
    const key = organizationKey(ref.type, ref.id);
    if (!lookups.has(key)) lookups.set(key, ctx.organizations.find(ref.type, ref.id, ctx.authorization));
    return lookups.get(key)!;
  };
  // Settled, then read in input order: which error a caller gets does not depend on which owner answered first.
  const answers = await Promise.allSettled(refs.map(lookup));
  return refs.map((ref, i) => {
    const answer = answers[i];
    if (answer.status === 'rejected') {
      if (answer.reason instanceof PeerUnavailableError) throw ownerUnavailable(`${ref.field}.id`, answer.reason);
      throw answer.reason;
    }
    if (answer.value === null) {
      throw ERRORS.NOT_FOUND.err(`${ref.field}.id: no ${ORGANIZATION_LABELS[ref.type]} has id ${ref.id}`, { field: `${ref.field}.id` });
    }
    // A write names organizations as they are today: one that ended carries on through its successors.
    refuseIfNotInForce(`${ref.field}.id`, ref.id, answer.value, answer.value.successorIds);
    return answer.value;
  });
}

/** The owner of each kind of record another family may name. */
const RECORD_OWNERS = {
  Case: { owner: 'state', label: 'case' },
  CoordinationProgram: { owner: 'party', label: 'coordination program' },
  PartyDocument: { owner: 'party', label: 'party document' },
} as const satisfies Record<string, { owner: SubgraphName; label: string }>;

export type ForeignRecordType = keyof typeof RECORD_OWNERS;

/**
 * The record of another family exists and the caller may see it, by its owner's
 * word (`_entities` with the caller's token): else NOT_FOUND naming `field`, or
 * SERVICE_UNAVAILABLE when the owner cannot be asked (nothing is written).
 */
export async function requireRecord(ctx: ReferenceContext, field: string, type: ForeignRecordType, id: string): Promise<void> {
  const { owner, label } = RECORD_OWNERS[type];
  let found: unknown;
  try {
    [found] = await ctx.peers.entities(owner, [{ __typename: type, id }], `... on ${type} { id }`, ctx.authorization);
  } catch (error) {
    if (error instanceof PeerUnavailableError) throw ownerUnavailable(field, error);
    throw error;
  }
  if (!found) {
    throw ERRORS.NOT_FOUND.err(`${field}: no ${label} has id ${id} (or ${ctx.viewer.org.type} ${ctx.viewer.org.id} may not see it)`, {
      field,
    });
  }
}

/**
 * Of these records of another family, the ids of those the caller may see, by their
 * owner's word: one `_entities` request for all of them, with the caller's token (a
 * record that names another family's records shows its reader only those). Throws
 * `PeerUnavailableError` when the owner cannot be asked.
 */
export async function visibleRecordIds(request: PeerRequest, type: ForeignRecordType, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await request.peers.entities<{ id: string }>(
    RECORD_OWNERS[type].owner,
    ids.map((id) => ({ __typename: type, id })),
    `... on ${type} { id }`,
    request.authorization,
  );
  return found.flatMap((record) => (record ? [record.id] : []));
}

/** Whether an organization type belongs to another family than `family`. */
export function isForeign(type: OrganizationTypeName, family: SubgraphName): boolean {
  return FAMILY_OF[type] !== family;
}
