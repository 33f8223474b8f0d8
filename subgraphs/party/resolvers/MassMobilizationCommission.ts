import { dayBefore, official, required, successionResolvers, unitOfOrganization } from '../../../lib';
import type { Context } from '../context';
import type { MassMobilizationCommissionResolvers } from '../generated/resolvers';

export const MassMobilizationCommission: MassMobilizationCommissionResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.massMobilizationCommission.load(ref.id),
  unit: (commission) => unitOfOrganization(commission),
  head: (commission) => official(commission.headName, commission.headTitle),
  partyCommittee: (commission, _, ctx) =>
    required(ctx.loaders.partyCommittee.load(commission.partyCommitteeId), `PartyCommittee ${commission.partyCommitteeId}`),
  coordinationProgramsLed: (commission, _, ctx) => ctx.loaders.programsByLeadCommission.load(commission.id),
  reportingGuidance: (commission, _, ctx) => ctx.loaders.guidanceByCommission.load(commission.id),
  // The name in use on the day: the former one before the renaming.
  name: (commission, { asOf }) =>
    asOf && commission.formerName && commission.renamedOn && asOf < commission.renamedOn ? commission.formerName : commission.name,
  // Its names over time: the former one until the day before the renaming.
  names: (commission) =>
    commission.formerName && commission.renamedOn
      ? [
          { name: commission.formerName, from: commission.validFrom, to: dayBefore(commission.renamedOn) },
          { name: commission.name, from: commission.renamedOn, to: commission.validTo },
        ]
      : [{ name: commission.name, from: commission.validFrom, to: commission.validTo }],
  ...successionResolvers((ctx: Context) => ({
    record: ctx.loaders.massMobilizationCommission,
    successors: ctx.loaders.massMobilizationCommissionSuccessors,
  })),
};
