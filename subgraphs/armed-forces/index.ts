import type { SubgraphDefinition } from '../kit/subgraph';
import { ArmedUnitEntity } from './entities/ArmedUnit';
import { MobilizationActivityEntity } from './entities/MobilizationActivity';
import { createLoaders, Loaders } from './loaders';
import { Initial1732350400000 } from './migrations/1732350400000-Initial';
import { resolvers } from './resolvers';
import { seedDemo } from './seed';

/**
 * The armed-forces subgraph: the People's Army and the People's Public Security,
 * system of record for their mass-mobilization activities.
 */
export const armedForces: SubgraphDefinition<Loaders> = {
  name: 'armed-forces',
  entities: [ArmedUnitEntity, MobilizationActivityEntity],
  migrations: [Initial1732350400000],
  resolvers,
  createLoaders,
  seedDemo,
};
