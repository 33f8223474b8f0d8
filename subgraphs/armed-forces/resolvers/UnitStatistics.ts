import { checkedStatisticsKey, statisticsView } from '../../../lib';
import type { UnitStatisticsResolvers } from '../generated/resolvers';

/** The state subgraph owns the statistics' key; the armed forces add their activities and their units of the unit and below. */
export const UnitStatistics: UnitStatisticsResolvers = {
  // Async, so that a bad representation fails alone, not the whole `_entities` batch.
  __resolveReference: async (ref) => checkedStatisticsKey(ref),
  activitiesByKind: (key, _args, ctx) =>
    ctx.loaders.activitiesByKind.load({ parent: statisticsView(key), args: { from: key.from, to: key.to } }),
  armedUnits: (key, _args, ctx) => ctx.loaders.unitsInLineage.load({ parent: statisticsView(key), args: { from: key.from, to: key.to } }),
};
