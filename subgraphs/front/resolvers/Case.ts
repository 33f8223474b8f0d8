import type { CaseResolvers } from '../generated/resolvers';

export const Case: CaseResolvers = {
  __resolveReference: (ref) => ref,
  supervisions: (c, _, ctx) => ctx.loaders.supervisionsByCase.load(c.id),
};
