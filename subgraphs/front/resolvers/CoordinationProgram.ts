import type { CoordinationProgramResolvers } from '../generated/resolvers';

export const CoordinationProgram: CoordinationProgramResolvers = {
  __resolveReference: (ref) => ref,
  frontActivities: (program, _, ctx) => ctx.loaders.frontActivitiesByProgram.load(program.id),
};
