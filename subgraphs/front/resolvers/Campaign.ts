import { unitOn } from '../../../lib';
import type { CampaignResolvers } from '../generated/resolvers';
import { requiredFrontOrganization } from './Organization';

export const Campaign: CampaignResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.campaign.load(ref.id),
  organizer: (campaign, _, ctx) => requiredFrontOrganization(campaign.organizerId, ctx),
  unit: (campaign) => unitOn(campaign.unitCode, campaign.startsOn),
  coordinationProgram: (campaign) => (campaign.coordinationProgramId ? { id: campaign.coordinationProgramId } : null),
};
