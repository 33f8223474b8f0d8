import { AUDIT_ENTITIES, AuditAndIdempotency1734000000000, SubgraphDefinition } from '../../lib';
import { AdministrativeUnit, UnitSuccessionRecord } from './entities/AdministrativeUnit';
import { Case } from './entities/Case';
import { CaseTransfer } from './entities/CaseTransfer';
import { Dialogue } from './entities/Dialogue';
import { StateAgency } from './entities/StateAgency';
import { placeOrganization } from './hierarchy';
import { createLoaders, Loaders } from './loaders';
import { Initial1732400000000 } from './migrations/1732400000000-Initial';
import { OverTime1735000000000 } from './migrations/1735000000000-OverTime';
import { resolvers } from './resolvers';

/**
 * The state subgraph: administrative units, state agencies, citizens' cases and
 * dialogues, published as `schema/state.graphql`.
 */
export const state: SubgraphDefinition<Loaders> = {
  name: 'state',
  entities: [AdministrativeUnit, UnitSuccessionRecord, StateAgency, Case, CaseTransfer, Dialogue, ...AUDIT_ENTITIES],
  migrations: [Initial1732400000000, AuditAndIdempotency1734000000000, OverTime1735000000000],
  resolvers,
  createLoaders,
  placeOrganization,
};
