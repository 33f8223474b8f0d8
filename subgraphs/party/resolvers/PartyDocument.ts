import type { PartyDocumentResolvers } from '../generated/resolvers';
import { required } from '../../../lib';

export const PartyDocument: PartyDocumentResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.partyDocument.load(ref.id),
  issuer: (document, _, ctx) => required(ctx.loaders.partyCommittee.load(document.issuerId), `PartyCommittee ${document.issuerId}`),
  // Only the ids: the state subgraph owns cases and resolves `cases` from them, leaving out those the viewer may not see.
  caseIds: async (document, _, ctx) => (await ctx.loaders.caseLinksByDocument.load(document.id)).map((link) => link.caseId),
};
