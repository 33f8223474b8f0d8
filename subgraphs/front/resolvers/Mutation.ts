import type { MutationResolvers } from '../generated/resolvers';
import { recordSupervision } from '../mutations/recordSupervision';
import { updateRecommendationStatus } from '../mutations/updateRecommendationStatus';

export const Mutation: MutationResolvers = {
  recordSupervision: (_, { input }, ctx) => recordSupervision(input, ctx),
  updateRecommendationStatus: (_, { input }, ctx) => updateRecommendationStatus(input, ctx),
};
