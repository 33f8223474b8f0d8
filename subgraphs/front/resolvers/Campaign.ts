import type { CampaignResolvers } from '../generated/resolvers';
import { requiredFrontOrganization } from './Organization';

export const Campaign: CampaignResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.campaign.load(ref.id),
  organizer: (campaign, _, ctx) => requiredFrontOrganization(campaign.organizerId, ctx),
  unit: (campaign) => ({ code: campaign.unitCode }),
  coordinationProgram: (campaign) => (campaign.coordinationProgramId ? { id: campaign.coordinationProgramId } : null),
};
