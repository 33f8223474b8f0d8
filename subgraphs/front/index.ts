import { AuditAndIdempotency1734000000000, type SubgraphDefinition } from '../../lib';
import { entities } from './entities';
import { placeOrganization } from './hierarchy';
import { createLoaders, Loaders } from './loaders';
import { Initial1733000000000 } from './migrations/1733000000000-Initial';
import { OverTime1735000000000 } from './migrations/1735000000000-OverTime';
import { RecommendationTransfers1736000000000 } from './migrations/1736000000000-RecommendationTransfers';
import { resolvers } from './resolvers';

/**
 * The front subgraph: the Vietnam Fatherland Front and the socio-political
 * organizations, their supervision and social criticism, campaigns and movements.
 */
export const front: SubgraphDefinition<Loaders> = {
  name: 'front',
  entities,
  // The library's audit and idempotency tables come after the front's own tables.
  migrations: [Initial1733000000000, AuditAndIdempotency1734000000000, OverTime1735000000000, RecommendationTransfers1736000000000],
  resolvers,
  createLoaders,
  placeOrganization,
};
