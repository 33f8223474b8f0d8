import type { CoordinationProgramResolvers } from '../generated/resolvers';
import { required } from '../../../lib';

export const CoordinationProgram: CoordinationProgramResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.coordinationProgram.load(ref.id),
  leadCommission: (program, _, ctx) =>
    required(
      ctx.loaders.massMobilizationCommission.load(program.leadCommissionId),
      `MassMobilizationCommission ${program.leadCommissionId}`,
    ),
  participants: (program, _, ctx) => ctx.loaders.participantsByProgram.load(program.id),
  basedOn: (program, _, ctx) => (program.basedOnId ? ctx.loaders.partyDocument.load(program.basedOnId) : null),
  reviews: (program, _, ctx) => ctx.loaders.reviewsByProgram.load(program.id),
};
