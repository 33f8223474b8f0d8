import type { MutationResolvers } from '../generated/resolvers';
import { submitReport } from '../reporting/submission';

export const Mutation: MutationResolvers = {
  submitReport: (_, { input }, ctx) => submitReport(input, ctx),
};
