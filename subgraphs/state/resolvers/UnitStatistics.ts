import { checkedStatisticsKey, ERRORS, StatisticsKey, statisticsView } from '../../../lib';
import { UnitStatisticsResolvers } from '../generated/resolvers';
import { viewUnit } from './AdministrativeUnit';

/** A key as the batched statistics loaders take it: the unit's view, and the range their batches are grouped by. */
function byRange(key: StatisticsKey) {
  return { parent: statisticsView(key), args: { from: key.from, to: key.to } };
}

export const UnitStatistics: UnitStatisticsResolvers = {
  // Statistics exist for every key: a unit the state does not know has no records, so
  // its lists are empty (and `unit` says it is not found). Async, so that a bad
  // representation fails alone, not the whole `_entities` batch.
  __resolveReference: async (ref) => checkedStatisticsKey(ref),

  unit: async ({ unitCode, asOf }, _, ctx) => {
    const unit = await viewUnit(ctx, unitCode, asOf);
    if (!unit) throw ERRORS.NOT_FOUND.err(`unitCode: no administrative unit has code ${unitCode}`, { field: 'unitCode' });
    return unit;
  },
  dialoguesByLevel: (key, _, ctx) => ctx.loaders.dialoguesByLevel.load(byRange(key)),
  casesByCategory: (key, _, ctx) => ctx.loaders.casesByCategory.load(byRange(key)),
  stateAgencies: (key, _, ctx) => ctx.loaders.agenciesInLineage.load(byRange(key)),
};
