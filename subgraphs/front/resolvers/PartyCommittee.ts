import type { PartyCommitteeResolvers } from '../generated/resolvers';
import { organizationKey } from '../../../lib';

export const PartyCommittee: PartyCommitteeResolvers = {
  __resolveReference: (ref) => ref,
  supervisionsReceived: (target, _, ctx) => ctx.loaders.supervisionsByTarget.load(organizationKey('PartyCommittee', target.id)),
};
