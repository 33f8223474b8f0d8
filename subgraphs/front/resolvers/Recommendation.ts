import type { RecommendationResolvers } from '../generated/resolvers';
import { resolveOrganization } from './Organization';

export const Recommendation: RecommendationResolvers = {
  addressedTo: (recommendation, _, ctx) => resolveOrganization(recommendation.addressedToType, recommendation.addressedToId, ctx),
};
