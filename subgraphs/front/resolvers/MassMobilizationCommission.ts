import type { MassMobilizationCommissionResolvers } from '../generated/resolvers';
import { organizationKey } from '../loaders';

export const MassMobilizationCommission: MassMobilizationCommissionResolvers = {
  __resolveReference: (ref) => ref,
  supervisionsReceived: (target, _, ctx) => ctx.loaders.supervisionsByTarget.load(organizationKey('MassMobilizationCommission', target.id)),
};
