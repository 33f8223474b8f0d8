import type { ProgramParticipantResolvers } from '../generated/resolvers';

export const ProgramParticipant: ProgramParticipantResolvers = {
  organization: (participant, _, ctx) => ctx.loaders.organization(participant.organizationType, participant.organizationId),
};
