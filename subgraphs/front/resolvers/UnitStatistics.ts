import { checkedStatisticsKey, statisticsView } from '../../../lib';
import type { UnitStatisticsResolvers } from '../generated/resolvers';

/** The state subgraph owns the statistics' key; the front adds its organizations of the unit and below. */
export const UnitStatistics: UnitStatisticsResolvers = {
  // Async, so that a bad representation fails alone, not the whole `_entities` batch.
  __resolveReference: async (ref) => checkedStatisticsKey(ref),
  frontOrganizations: (key, _, ctx) =>
    ctx.loaders.organizationsInLineage.load({ parent: statisticsView(key), args: { from: key.from, to: key.to } }),
};
