import { official, successionResolvers, unitOfOrganization } from '../../../lib';
import type { Context } from '../context';
import type { ArmedUnitResolvers } from '../generated/resolvers';

export const ArmedUnit: ArmedUnitResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.armedUnit.load(ref.id),
  unit: (unit) => unitOfOrganization(unit),
  head: (unit) => official(unit.headName, unit.headTitle),
  ...successionResolvers((ctx: Context) => ({ record: ctx.loaders.armedUnit, successors: ctx.loaders.armedUnitSuccessors })),
  parent: (unit, _args, ctx) => (unit.parentId ? ctx.loaders.armedUnit.load(unit.parentId) : null),
  activities: (unit, _args, ctx) => ctx.loaders.activitiesByArmedUnit.load(unit.id),
};
