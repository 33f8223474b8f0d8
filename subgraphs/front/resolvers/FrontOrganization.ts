import { official } from '../../../lib';
import type { FrontOrganizationResolvers } from '../generated/resolvers';

export const FrontOrganization: FrontOrganizationResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.frontOrganization.load(ref.id),
  unit: (organization) => ({ code: organization.unitCode }),
  head: (organization) => official(organization.headName, organization.headTitle),
  parent: (organization, _, ctx) => (organization.parentId ? ctx.loaders.frontOrganization.load(organization.parentId) : null),
  supervisionsConducted: (organization, _, ctx) => ctx.loaders.supervisionsByConductor.load(organization.id),
  campaignsOrganized: (organization, _, ctx) => ctx.loaders.campaignsByOrganizer.load(organization.id),
};
