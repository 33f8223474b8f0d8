import { AUDIT_ENTITIES, AuditAndIdempotency1734000000000, type SubgraphDefinition } from '../../lib';
import { ArmedUnitEntity } from './entities/ArmedUnit';
import { MobilizationActivityEntity } from './entities/MobilizationActivity';
import { placeOrganization } from './hierarchy';
import { createLoaders, Loaders } from './loaders';
import { Initial1732350400000 } from './migrations/1732350400000-Initial';
import { LongDescriptions1734100000000 } from './migrations/1734100000000-LongDescriptions';
import { OverTime1735000000000 } from './migrations/1735000000000-OverTime';
import { resolvers } from './resolvers';

/**
 * The armed-forces subgraph: the People's Army and the People's Public Security,
 * system of record for their mass-mobilization activities, with the audit log of
 * every change to them.
 */
export const armedForces: SubgraphDefinition<Loaders> = {
  name: 'armed-forces',
  entities: [ArmedUnitEntity, MobilizationActivityEntity, ...AUDIT_ENTITIES],
  migrations: [Initial1732350400000, AuditAndIdempotency1734000000000, LongDescriptions1734100000000, OverTime1735000000000],
  resolvers,
  createLoaders,
  placeOrganization,
};
