import { required, type OrganizationTypeName } from '../../lib';
import type { Context } from './context';
import type { MassMobilizationCommissionEntity, PartyCommitteeEntity } from './entities';
import { ForeignOrganizationReference, isForeignOrganizationType } from './references';

export type OrganizationValue = PartyCommitteeEntity | MassMobilizationCommissionEntity | ForeignOrganizationReference;

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
