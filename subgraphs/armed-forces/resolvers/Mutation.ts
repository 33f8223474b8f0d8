import type { MutationResolvers } from '../generated/resolvers';
import { recordMobilizationActivity } from '../mutations/recordMobilizationActivity';

export const Mutation: MutationResolvers = {
  recordMobilizationActivity: (_root, { input }, ctx) => recordMobilizationActivity(input, ctx),
};
