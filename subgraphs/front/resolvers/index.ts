import type { Resolvers } from '../generated/resolvers';
import { AdministrativeUnit } from './AdministrativeUnit';
import { Campaign } from './Campaign';
import { Case } from './Case';
import { CoordinationProgram } from './CoordinationProgram';
import { FrontActivity } from './FrontActivity';
import { FrontOrganization } from './FrontOrganization';
import { MassMobilizationCommission } from './MassMobilizationCommission';
import { Mutation } from './Mutation';
import { Organization } from './Organization';
import { PartyCommittee } from './PartyCommittee';
import { Query } from './Query';
import { Recommendation } from './Recommendation';
import { StateAgency } from './StateAgency';
import { Supervision } from './Supervision';
import { UnitStatistics } from './UnitStatistics';

/** One entry per GraphQL type, each from its own module (the library adds the `Date` scalar). */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  AdministrativeUnit,
  StateAgency,
  PartyCommittee,
  MassMobilizationCommission,
  Case,
  CoordinationProgram,
  FrontOrganization,
  Supervision,
  Recommendation,
  Campaign,
  Organization,
  FrontActivity,
  UnitStatistics,
};
