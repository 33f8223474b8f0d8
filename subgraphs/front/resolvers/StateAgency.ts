import type { StateAgencyResolvers } from '../generated/resolvers';
import { organizationKey } from '../../../lib';

export const StateAgency: StateAgencyResolvers = {
  __resolveReference: (ref) => ref,
  supervisionsReceived: (target, _, ctx) => ctx.loaders.supervisionsByTarget.load(organizationKey('StateAgency', target.id)),
};
