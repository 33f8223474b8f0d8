import { SupervisionEntity } from '../entities';
import type { FrontActivityResolvers } from '../generated/resolvers';

export const FrontActivity: FrontActivityResolvers = {
  __resolveType: (activity) => (activity instanceof SupervisionEntity ? 'Supervision' : 'Campaign'),
};
