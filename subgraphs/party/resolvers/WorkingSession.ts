import { ERRORS, PeerUnavailableError, required, unitOn } from '../../../lib';
import type { WorkingSessionResolvers } from '../generated/resolvers';

export const WorkingSession: WorkingSessionResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.workingSession.load(ref.id),
  committee: (session, _, ctx) => required(ctx.loaders.partyCommittee.load(session.committeeId), `PartyCommittee ${session.committeeId}`),
  // Every record keeps the unit it was recorded in: the committee's unit on the day.
  unit: (session) => unitOn(session.unitCode, session.heldOn),
  participants: async (session, _, ctx) =>
    Promise.all(
      (await ctx.loaders.participantsBySession.load(session.id)).map((p) => ctx.loaders.organization(p.organizationType, p.organizationId)),
    ),
  /**
   * Only the cases the viewer may see, as the state says (it owns them and their
   * classification): a PUBLIC session may have discussed a RESTRICTED case, and the
   * gateway would fail the whole list on a case its owner does not show. When the state
   * cannot be asked, the field is null with the error: the rest of the session stands.
   */
  cases: async (session, _, ctx) => {
    const links = await ctx.loaders.caseLinksBySession.load(session.id);
    try {
      const seen = await Promise.all(links.map((link) => ctx.loaders.visibleCase.load(link.caseId)));
      return seen.flatMap((found) => (found ? [{ id: found.id }] : []));
    } catch (error) {
      if (!(error instanceof PeerUnavailableError)) throw error;
      throw ERRORS.SERVICE_UNAVAILABLE.err(`cases: the state subgraph, which owns cases, could not be asked which the caller may see`, {
        serviceName: error.owner,
      });
    }
  },
};
