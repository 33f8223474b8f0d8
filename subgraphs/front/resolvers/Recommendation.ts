import { todayInVietnam } from '../../../lib';
import type { RecommendationResolvers } from '../generated/resolvers';
import { resolveOrganization } from './Organization';

export const Recommendation: RecommendationResolvers = {
  // The addressee of `asOf`: the one a transfer handed the recommendation to by then, else the first one.
  addressedTo: async (recommendation, { asOf }, ctx) => {
    const transfers = await ctx.loaders.recommendationTransfers.load(recommendation.id);
    const day = asOf ?? todayInVietnam();
    const last = transfers.filter((t) => t.transferredOn <= day).at(-1);
    const [type, id] = last
      ? [last.toType, last.toId]
      : transfers.length
        ? [transfers[0].fromType, transfers[0].fromId]
        : [recommendation.addressedToType, recommendation.addressedToId];
    return resolveOrganization(type, id, ctx);
  },
  transfers: async (recommendation, _, ctx) =>
    Promise.all(
      (await ctx.loaders.recommendationTransfers.load(recommendation.id)).map(async (t) => ({
        from: await resolveOrganization(t.fromType, t.fromId, ctx),
        to: await resolveOrganization(t.toType, t.toId, ctx),
        on: t.transferredOn,
        reason: t.reason,
      })),
    ),
};
