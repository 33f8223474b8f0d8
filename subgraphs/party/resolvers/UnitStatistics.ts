import { unitVersions } from '../../../lib';
import type { UnitStatisticsResolvers } from '../generated/resolvers';
import { familyReportingKey } from '../reporting/byFamily';
import { statisticsRange } from '../statistics';

/**
 * The party's figures of a `UnitStatistics`, an entity the state subgraph makes for
 * `AdministrativeUnit.statistics(from, to)` and each family completes from its own
 * database: the Skilled Mass Mobilization models, the working sessions and the
 * reporting regime.
 */
export const UnitStatistics: UnitStatisticsResolvers = {
  // Nothing is stored for the key: the representation is the entity, kept whole for the fields `reportingByFamily` @requires.
  // A unit that is not in the official list has no statistics.
  __resolveReference: (ref) => (unitVersions(ref.unitCode).length > 0 ? ref : null),
  modelsByKind: async (statistics, _, ctx) => (await ctx.loaders.modelCounts.load(statisticsRange(statistics))).byKind,
  modelsByField: async (statistics, _, ctx) => (await ctx.loaders.modelCounts.load(statisticsRange(statistics))).byField,
  modelsByYear: async (statistics, _, ctx) => (await ctx.loaders.modelCounts.load(statisticsRange(statistics))).byYear,
  workingSessions: (statistics, _, ctx) => ctx.loaders.sessionCounts.load(statisticsRange(statistics)),
  // Checked here, so that a bad key or argument is the field's error; then one batched load for every unit of the request.
  reportingByFamily: (statistics, args, ctx) => ctx.loaders.reportingByFamily.load(familyReportingKey(statistics, args)),
};
