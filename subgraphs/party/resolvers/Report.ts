import type { ReportResolvers } from '../generated/resolvers';
import { required } from '../../../lib';
import { describePeriod } from '../reporting/periods';

export const Report: ReportResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.report.load(ref.id),
  period: (report) =>
    report.periodYear === null
      ? null
      : describePeriod({ year: report.periodYear, frequency: report.periodFrequency!, index: report.periodIndex }),
  submitter: (report, _, ctx) => ctx.loaders.organization(report.submitterType, report.submitterId),
  recipient: (report, _, ctx) => required(ctx.loaders.partyCommittee.load(report.recipientId), `PartyCommittee ${report.recipientId}`),
  copyTo: (report, _, ctx) => (report.copyToId ? ctx.loaders.massMobilizationCommission.load(report.copyToId) : null),
  // A hot spot names its case by id: a reference whose fields the gateway fetches from the state.
  content: (report) =>
    report.content && {
      ...report.content,
      hotSpots: report.content.hotSpots.map((spot) => ({ description: spot.description, case: spot.caseId ? { id: spot.caseId } : null })),
    },
  recipientCommission: (report, _, ctx) =>
    report.recipientCommissionId ? ctx.loaders.massMobilizationCommission.load(report.recipientCommissionId) : null,
  corrects: (report, _, ctx) => (report.correctsId ? ctx.loaders.report.load(report.correctsId) : null),
  // The latest report of this one's correction chain, unless that is this report itself.
  correctedBy: async (report, _, ctx) => {
    const [latest] = await ctx.loaders.correctionsByOriginal.load(report.originalId ?? report.id);
    return latest && latest.id !== report.id ? latest : null;
  },
};
