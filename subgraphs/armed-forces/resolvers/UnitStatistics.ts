import { badInput } from '../../kit/errors';
import { checkRange } from '../../kit/filters';
import { DateScalar } from '../../kit/scalars';
import type { UnitStatisticsResolvers } from '../generated/resolvers';
import type { StatisticsReference } from '../references';

function requireDate(field: string, value: unknown): string {
  try {
    return DateScalar.parseValue(value);
  } catch {
    throw badInput(field, value, 'a calendar date YYYY-MM-DD');
  }
}

/**
 * The figures are computed, so any key names them: the reference is returned as it
 * came, its dates and range checked as the state checks `statistics(from, to)`.
 * A unit code outside the official list has no subtree, so its lists are empty.
 */
function statisticsReference({ unitCode, from, to }: StatisticsReference): StatisticsReference {
  const reference = { unitCode, from: requireDate('from', from), to: requireDate('to', to) };
  checkRange('from', reference.from, 'to', reference.to);
  return reference;
}

/** The state subgraph owns the statistics' key; the armed forces add their activities and who owes reports. */
export const UnitStatistics: UnitStatisticsResolvers = {
  // Async, so that a bad representation fails alone, not the whole `_entities` batch.
  __resolveReference: async (ref) => statisticsReference(ref),
  activitiesByKind: ({ unitCode, from, to }, _args, ctx) => ctx.loaders.activitiesByKind.load({ parent: unitCode, args: { from, to } }),
  reportingArmedUnits: ({ unitCode }, _args, ctx) => ctx.loaders.reportingArmedUnits.load(unitCode),
};
