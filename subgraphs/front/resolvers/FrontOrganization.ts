import { official, successionResolvers, unitOfOrganization } from '../../../lib';
import type { Context } from '../context';
import type { FrontOrganizationResolvers } from '../generated/resolvers';

export const FrontOrganization: FrontOrganizationResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.frontOrganization.load(ref.id),
  unit: (organization) => unitOfOrganization(organization),
  head: (organization) => official(organization.headName, organization.headTitle),
  ...successionResolvers((ctx: Context) => ({
    record: ctx.loaders.frontOrganization,
    successors: ctx.loaders.frontOrganizationSuccessors,
  })),
  parent: (organization, _, ctx) => (organization.parentId ? ctx.loaders.frontOrganization.load(organization.parentId) : null),
  supervisionsConducted: (organization, _, ctx) => ctx.loaders.supervisionsByConductor.load(organization.id),
  campaignsOrganized: (organization, _, ctx) => ctx.loaders.campaignsByOrganizer.load(organization.id),
};
