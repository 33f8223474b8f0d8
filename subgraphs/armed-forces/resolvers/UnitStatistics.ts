import { checkedStatisticsKey } from '../../../lib';
import type { UnitStatisticsResolvers } from '../generated/resolvers';

/** The state subgraph owns the statistics' key; the armed forces add their activities and their units of the unit and below. */
export const UnitStatistics: UnitStatisticsResolvers = {
  // Async, so that a bad representation fails alone, not the whole `_entities` batch.
  __resolveReference: async (ref) => checkedStatisticsKey(ref),
  activitiesByKind: ({ unitCode, from, to }, _args, ctx) => ctx.loaders.activitiesByKind.load({ parent: unitCode, args: { from, to } }),
  armedUnits: ({ unitCode }, _args, ctx) => ctx.loaders.unitsInSubtree.load(unitCode),
};
