import type { MutationResolvers } from '../generated/resolvers';
import { recordMobilizationActivity } from '../recordMobilizationActivity';

export const Mutation: MutationResolvers = {
  recordMobilizationActivity: (_root, { input }, ctx) => recordMobilizationActivity(input, ctx),
};
