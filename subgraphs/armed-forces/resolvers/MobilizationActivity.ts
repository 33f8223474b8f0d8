import { ERRORS, unitOn } from '../../../lib';
import type { MobilizationActivityResolvers } from '../generated/resolvers';

export const MobilizationActivity: MobilizationActivityResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.mobilizationActivity.load(ref.id),
  conductedBy: async (activity, _args, ctx) => {
    const unit = await ctx.loaders.armedUnit.load(activity.conductedById);
    // The foreign key makes this impossible; say so rather than return null for a non-null field.
    if (!unit) throw ERRORS.NOT_FOUND.err(`MobilizationActivity.conductedBy: armed unit ${activity.conductedById} not found`);
    return unit;
  },
  unit: (activity) => unitOn(activity.unitCode, activity.startedOn),
  case: (activity) => (activity.caseId ? { id: activity.caseId } : null),
  coordinationProgram: (activity) => (activity.coordinationProgramId ? { id: activity.coordinationProgramId } : null),
};
