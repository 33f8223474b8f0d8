import type { CoordinationProgramResolvers } from '../generated/resolvers';

/** A coordination program of the party subgraph, with the armed forces' activities under it. */
export const CoordinationProgram: CoordinationProgramResolvers = {
  __resolveReference: (ref) => ref,
  armedForcesActivities: (ref, _args, ctx) => ctx.loaders.activitiesByProgram.load(ref.id),
};
