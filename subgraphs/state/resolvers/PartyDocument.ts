import type { Case } from '../entities/Case';
import { PartyDocumentResolvers } from '../generated/resolvers';
import { partyDocumentReference } from '../references';

/** The most recently opened first, the id breaking ties: the order of every list of cases. */
function mostRecentFirst(a: Case, b: Case): number {
  return a.openedOn < b.openedOn ? 1 : a.openedOn > b.openedOn ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * A party document, owned by the party subgraph: the state subgraph keeps nothing of
 * it and answers its `cases` from the ids the party hands over (`@requires`), each
 * through the case loader, so a case the viewer may not see is left out of the list.
 */
export const PartyDocument: PartyDocumentResolvers = {
  __resolveReference: (ref) => partyDocumentReference(ref),

  cases: async (document, _, ctx) => {
    const cases = await ctx.loaders.case.loadMany(document.caseIds);
    return cases.filter((found): found is Case => found !== null && !(found instanceof Error)).sort(mostRecentFirst);
  },
};
