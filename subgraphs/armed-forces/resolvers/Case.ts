import type { CaseResolvers } from '../generated/resolvers';

/** A citizens' case of the state subgraph, with the armed forces' support for it. */
export const Case: CaseResolvers = {
  __resolveReference: (ref) => ref,
  armedForcesSupport: (ref, _args, ctx) => ctx.loaders.activitiesByCase.load(ref.id),
};
