import type { OrganizationTypeName } from '../kit/auth';
import type { Context } from './context';
import type { MassMobilizationCommissionEntity, PartyCommitteeEntity } from './entities';
import { ForeignOrganizationReference, isForeignOrganizationType } from './references';

export type OrganizationValue = PartyCommitteeEntity | MassMobilizationCommissionEntity | ForeignOrganizationReference;

/**
 * A record this database names by a foreign key (a report's recipient, a
 * document's issuer). A miss means the database broke its own constraint: an
 * internal error, not null.
 */
export async function required<T>(record: Promise<T | null>, what: string): Promise<T> {
  const value = await record;
  if (value === null) throw new Error(`${what} is referenced but does not exist`);
  return value;
}

/**
 * An `Organization` stored as (type, id): a party body comes through this
 * subgraph's loader; any other family's organization is a reference whose fields
 * the gateway fetches from its owner.
 */
export function resolveOrganization(type: OrganizationTypeName, id: string, ctx: Context): OrganizationValue | Promise<OrganizationValue> {
  if (isForeignOrganizationType(type)) return { __typename: type, id };
  return type === 'PartyCommittee'
    ? required(ctx.loaders.partyCommittee.load(id), `PartyCommittee ${id}`)
    : required(ctx.loaders.massMobilizationCommission.load(id), `MassMobilizationCommission ${id}`);
}

/** `head`: the official in the role, when recorded. */
export function official(row: { headName: string | null; headTitle: string | null }) {
  return row.headName && row.headTitle ? { name: row.headName, title: row.headTitle } : null;
}
