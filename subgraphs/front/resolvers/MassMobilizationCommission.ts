import type { MassMobilizationCommissionResolvers } from '../generated/resolvers';
import { organizationKey } from '../../../lib';

export const MassMobilizationCommission: MassMobilizationCommissionResolvers = {
  __resolveReference: (ref) => ref,
  supervisionsReceived: (target, _, ctx) => ctx.loaders.supervisionsByTarget.load(organizationKey('MassMobilizationCommission', target.id)),
};
