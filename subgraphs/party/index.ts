import { AUDIT_ENTITIES, AuditAndIdempotency1734000000000, type SubgraphDefinition } from '../../lib';
import { entities } from './entities';
import { placeOrganization } from './hierarchy';
import { createLoaders, Loaders } from './loaders';
import { Initial1732500000000 } from './migrations/1732500000000-Initial';
import { ReportIdempotencyInKit1734100000000 } from './migrations/1734100000000-ReportIdempotencyInKit';
import { OverTime1735000000000 } from './migrations/1735000000000-OverTime';
import { ReportingRegime1736100000000 } from './migrations/1736100000000-ReportingRegime';
import { WorkingSessions1736200000000 } from './migrations/1736200000000-WorkingSessions';
import { NationalScaleIndexes1736300000000 } from './migrations/1736300000000-NationalScaleIndexes';
import { ReportObligationIndex1736400000000 } from './migrations/1736400000000-ReportObligationIndex';
import { DropReportObligationIndex1736500000000 } from './migrations/1736500000000-DropReportObligationIndex';
import { resolvers } from './resolvers';

/**
 * The party subgraph: party committees and their Mass Mobilization Commissions,
 * party documents, coordination programs, Skilled Mass Mobilization models, the
 * committees' working sessions and the periodic reporting regime (Decision 23-QĐ/TW,
 * chapter 3, item 8).
 */
export const party: SubgraphDefinition<Loaders> = {
  name: 'party',
  entities: [...entities, ...AUDIT_ENTITIES],
  // In the order they were written: databases in use have run the earlier ones.
  migrations: [
    Initial1732500000000,
    AuditAndIdempotency1734000000000,
    ReportIdempotencyInKit1734100000000,
    OverTime1735000000000,
    ReportingRegime1736100000000,
    WorkingSessions1736200000000,
    NationalScaleIndexes1736300000000,
    ReportObligationIndex1736400000000,
    DropReportObligationIndex1736500000000,
  ],
  resolvers,
  createLoaders,
  placeOrganization,
};
