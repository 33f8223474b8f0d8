import { checkedStatisticsKey } from '../../../lib';
import type { UnitStatisticsResolvers } from '../generated/resolvers';

/** The state subgraph owns the statistics' key; the front adds who owes it periodic reports. */
export const UnitStatistics: UnitStatisticsResolvers = {
  // Async, so that a bad representation fails alone, not the whole `_entities` batch.
  __resolveReference: async (ref) => checkedStatisticsKey(ref),
  reportingFrontOrganizations: ({ unitCode }, _, ctx) => ctx.loaders.reportingFrontOrganizations.load(unitCode),
};
