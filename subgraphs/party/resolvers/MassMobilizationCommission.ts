import { official, required } from '../../../lib';
import type { MassMobilizationCommissionResolvers } from '../generated/resolvers';

export const MassMobilizationCommission: MassMobilizationCommissionResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.massMobilizationCommission.load(ref.id),
  unit: (commission) => ({ code: commission.unitCode }),
  head: (commission) => official(commission.headName, commission.headTitle),
  partyCommittee: (commission, _, ctx) =>
    required(ctx.loaders.partyCommittee.load(commission.partyCommitteeId), `PartyCommittee ${commission.partyCommitteeId}`),
  coordinationProgramsLed: (commission, _, ctx) => ctx.loaders.programsByLeadCommission.load(commission.id),
};
