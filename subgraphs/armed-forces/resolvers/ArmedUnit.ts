import { official } from '../../../lib';
import type { ArmedUnitResolvers } from '../generated/resolvers';

export const ArmedUnit: ArmedUnitResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.armedUnit.load(ref.id),
  unit: (unit) => ({ code: unit.unitCode }),
  head: (unit) => official(unit.headName, unit.headTitle),
  parent: (unit, _args, ctx) => (unit.parentId ? ctx.loaders.armedUnit.load(unit.parentId) : null),
  activities: (unit, _args, ctx) => ctx.loaders.activitiesByArmedUnit.load(unit.id),
};
