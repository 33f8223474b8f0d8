import { checkRange, knownUnitReference, viewKey } from '../../../lib';
import type { AdministrativeUnitResolvers } from '../generated/resolvers';

/** The state subgraph owns administrative units; this subgraph adds what is stationed and done in them. */
export const AdministrativeUnit: AdministrativeUnitResolvers = {
  __resolveReference: (ref) => knownUnitReference(ref),
  armedUnits: (unit, _args, ctx) => ctx.loaders.armedUnitsByUnit.load(viewKey(unit)),
  mobilizationActivities: (unit, { includeDescendants, kind, from, to }, ctx) => {
    checkRange('from', from, 'to', to);
    const key = { parent: viewKey(unit), args: { kind: kind ?? null, from: from ?? null, to: to ?? null } };
    return includeDescendants ? ctx.loaders.activitiesInSubtree.load(key) : ctx.loaders.activitiesInUnit.load(key);
  },
};
