import type { MutationResolvers } from '../generated/resolvers';
import { recordSupervision } from '../mutations/recordSupervision';
import { transferRecommendation } from '../mutations/transferRecommendation';
import { updateRecommendationStatus } from '../mutations/updateRecommendationStatus';

export const Mutation: MutationResolvers = {
  recordSupervision: (_, { input }, ctx) => recordSupervision(input, ctx),
  updateRecommendationStatus: (_, { input }, ctx) => updateRecommendationStatus(input, ctx),
  transferRecommendation: (_, { input }, ctx) => transferRecommendation(input, ctx),
};
