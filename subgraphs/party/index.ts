import type { SubgraphDefinition } from '../kit/subgraph';
import { entities } from './entities';
import { createLoaders, Loaders } from './loaders';
import { Initial1732500000000 } from './migrations/1732500000000-Initial';
import { resolvers } from './resolvers';
import { seedDemo } from './seed';

/**
 * The party subgraph: party committees and their Mass Mobilization Commissions,
 * party documents, coordination programs, Skilled Mass Mobilization models and the
 * periodic reporting regime (Decision 23-QĐ/TW, chapter 3, item 8).
 */
export const party: SubgraphDefinition<Loaders> = {
  name: 'party',
  entities,
  migrations: [Initial1732500000000],
  resolvers,
  createLoaders,
  seedDemo,
};
