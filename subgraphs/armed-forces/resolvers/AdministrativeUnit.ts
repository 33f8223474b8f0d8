import { checkRange } from '../../../lib';
import type { AdministrativeUnitResolvers } from '../generated/resolvers';

/** The state subgraph owns administrative units; this subgraph adds what is stationed and done in them. */
export const AdministrativeUnit: AdministrativeUnitResolvers = {
  // Every unit code is a valid reference here: a unit without armed units simply has empty lists.
  __resolveReference: (ref) => ref,
  armedUnits: (unit, _args, ctx) => ctx.loaders.armedUnitsByUnit.load(unit.code),
  mobilizationActivities: (unit, { includeDescendants, kind, from, to }, ctx) => {
    checkRange('from', from, 'to', to);
    const key = { parent: unit.code, args: { kind: kind ?? null, from: from ?? null, to: to ?? null } };
    return includeDescendants ? ctx.loaders.activitiesInSubtree.load(key) : ctx.loaders.activitiesInUnit.load(key);
  },
};
