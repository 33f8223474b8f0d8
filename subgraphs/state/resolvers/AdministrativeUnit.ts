import { checkRange } from '../../../lib';
import { AdministrativeUnitResolvers } from '../generated/resolvers';

export const AdministrativeUnit: AdministrativeUnitResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.unit.load(ref.code),

  parent: (unit, _, ctx) => (unit.parentCode ? ctx.loaders.unit.load(unit.parentCode) : null),
  children: (unit, _, ctx) => ctx.loaders.unitChildren.load(unit.code),
  stateAgencies: (unit, _, ctx) => ctx.loaders.unitAgencies.load(unit.code),
  peoplesCommittee: (unit, _, ctx) => ctx.loaders.peoplesCommittee.load(unit.code),

  cases: (unit, { includeDescendants, open, category }, ctx) => {
    const loader = includeDescendants ? ctx.loaders.casesUnderUnit : ctx.loaders.casesInUnit;
    return loader.load({ parent: unit.code, args: { open: open ?? null, category: category ?? null } });
  },

  dialogues: (unit, { includeDescendants, from, to }, ctx) => {
    checkRange('from', from, 'to', to);
    const loader = includeDescendants ? ctx.loaders.dialoguesUnderUnit : ctx.loaders.dialoguesInUnit;
    return loader.load({ parent: unit.code, args: { from: from ?? null, to: to ?? null } });
  },

  // The key of the figures; each family computes its own fields from it.
  statistics: (unit, { from, to }) => {
    checkRange('from', from, 'to', to);
    return { unitCode: unit.code, from, to };
  },
};
