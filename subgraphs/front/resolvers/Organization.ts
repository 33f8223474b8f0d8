import { required, type OrganizationTypeName } from '../../../lib';
import type { Context } from '../context';
import type { FrontOrganizationEntity } from '../entities';
import type { OrganizationResolvers } from '../generated/resolvers';
import type { EntityReference } from '../references';

type OrganizationValue = (FrontOrganizationEntity | EntityReference) & { __typename: OrganizationTypeName };

/**
 * A Front organization that a record of this database names (a supervision's
 * conductor, a campaign's organizer). Foreign keys guarantee it exists, so a miss
 * is a broken database, not bad input.
 */
export function requiredFrontOrganization(id: string, ctx: Context): Promise<FrontOrganizationEntity> {
  return required(ctx.loaders.frontOrganization.load(id), `FrontOrganization ${id}`);
}

/**
 * An `Organization` stored as (type, id). A Front organization is this subgraph's
 * own and comes through its loader; any other member is a reference whose fields
 * the gateway fetches from its owner.
 */
export async function resolveOrganization(type: OrganizationTypeName, id: string, ctx: Context): Promise<OrganizationValue> {
  if (type !== 'FrontOrganization') return { __typename: type, id };
  return { ...(await requiredFrontOrganization(id, ctx)), __typename: type };
}

export const Organization: OrganizationResolvers = {
  __resolveType: (organization) => (organization as OrganizationValue).__typename,
};
