import type { OrganizationResolvers } from '../generated/resolvers';

export const Organization: OrganizationResolvers = {
  // Party bodies name themselves through their entity's `__typename`; other members are `{ __typename, id }` references.
  __resolveType: (organization) => organization.__typename,
};
