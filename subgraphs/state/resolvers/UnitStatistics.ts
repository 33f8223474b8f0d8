import { checkedStatisticsKey, ERRORS, StatisticsKey } from '../../../lib';
import { UnitStatisticsResolvers } from '../generated/resolvers';

/** A key as the batched statistics loaders take it: the unit, and the range their batches are grouped by. */
function byRange({ unitCode, from, to }: StatisticsKey) {
  return { parent: unitCode, args: { from, to } };
}

export const UnitStatistics: UnitStatisticsResolvers = {
  // Statistics exist for every key: a unit the state does not know has no records, so
  // its lists are empty (and `unit` says it is not found). Async, so that a bad
  // representation fails alone, not the whole `_entities` batch.
  __resolveReference: async (ref) => checkedStatisticsKey(ref),

  unit: async ({ unitCode }, _, ctx) => {
    const unit = await ctx.loaders.unit.load(unitCode);
    if (!unit) throw ERRORS.NOT_FOUND.err(`unitCode: no administrative unit has code ${unitCode}`, { field: 'unitCode' });
    return unit;
  },
  dialoguesByLevel: (key, _, ctx) => ctx.loaders.dialoguesByLevel.load(byRange(key)),
  casesByCategory: (key, _, ctx) => ctx.loaders.casesByCategory.load(byRange(key)),
  stateAgencies: ({ unitCode }, _, ctx) => ctx.loaders.agenciesInSubtree.load(unitCode),
};
