import { checkRange, official, successionResolvers, unitOfOrganization } from '../../../lib';
import type { Context } from '../context';
import type { PartyCommitteeResolvers } from '../generated/resolvers';
import { validatePeriod } from '../reporting/periods';

export const PartyCommittee: PartyCommitteeResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.partyCommittee.load(ref.id),
  unit: (committee) => unitOfOrganization(committee),
  head: (committee) => official(committee.headName, committee.headTitle),
  ...successionResolvers((ctx: Context) => ({ record: ctx.loaders.partyCommittee, successors: ctx.loaders.partyCommitteeSuccessors })),
  parent: (committee, _, ctx) => (committee.parentId ? ctx.loaders.partyCommittee.load(committee.parentId) : null),
  commission: (committee, _, ctx) => ctx.loaders.commissionByCommittee.load(committee.id),
  documentsIssued: (committee, _, ctx) => ctx.loaders.documentsByIssuer.load(committee.id),
  urgentReports: (committee, { from, to }, ctx) => {
    checkRange('from', from, 'to', to);
    return ctx.loaders.urgentReportsByRecipient.load({ parent: committee.id, args: { from, to } });
  },
  reportsReceived: (committee, { period }, ctx) => {
    const valid = period ? validatePeriod(period, 'period') : null;
    return ctx.loaders.reportsByRecipient.load({
      parent: committee.id,
      args: { period: valid && { year: valid.year, frequency: valid.frequency, index: valid.index } },
    });
  },
  workingSessions: (committee, { from, to }, ctx) => {
    checkRange('from', from, 'to', to);
    return ctx.loaders.sessionsByCommittee.load({ parent: committee.id, args: { from: from ?? null, to: to ?? null } });
  },
};
