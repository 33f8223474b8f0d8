import type { CaseResolvers } from '../generated/resolvers';

export const Case: CaseResolvers = {
  // A state subgraph entity: its key is all this subgraph needs, so no database is asked.
  __resolveReference: (ref) => ref,
  directives: (c, _, ctx) => ctx.loaders.documentsByCase.load(c.id),
};
