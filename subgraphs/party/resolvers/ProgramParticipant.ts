import type { ProgramParticipantResolvers } from '../generated/resolvers';
import { resolveOrganization } from '../organizations';

export const ProgramParticipant: ProgramParticipantResolvers = {
  organization: (participant, _, ctx) => resolveOrganization(participant.organizationType, participant.organizationId, ctx),
};
