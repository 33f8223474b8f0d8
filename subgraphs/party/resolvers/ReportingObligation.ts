import type { ReportingObligationResolvers } from '../generated/resolvers';
import { canReadReport } from '../queries';

export const ReportingObligation: ReportingObligationResolvers = {
  /**
   * The report that settles the obligation, or null when the viewer may not read it
   * (a RESTRICTED report, for a viewer outside the party who did not submit it). The
   * obligation's status is computed from every report whoever asks, so a report
   * hidden here still counts as submitted, on time or late: compliance is the same
   * for every viewer, only the report's content is withheld.
   */
  report: (obligation, _, ctx) => (obligation.report && canReadReport(ctx.viewer, obligation.report) ? obligation.report : null),
};
