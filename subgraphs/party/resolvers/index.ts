import type { Resolvers } from '../generated/resolvers';
import { AdministrativeUnit } from './AdministrativeUnit';
import { Case } from './Case';
import { CoordinationProgram } from './CoordinationProgram';
import { MassMobilizationCommission } from './MassMobilizationCommission';
import { MobilizationModel } from './MobilizationModel';
import { Mutation } from './Mutation';
import { Organization } from './Organization';
import { PartyCommittee } from './PartyCommittee';
import { PartyDocument } from './PartyDocument';
import { ProgramParticipant } from './ProgramParticipant';
import { Query } from './Query';
import { Report } from './Report';
import { ReportingGuidance } from './ReportingGuidance';
import { ReportingObligation } from './ReportingObligation';
import { UnitStatistics } from './UnitStatistics';
import { WorkingSession } from './WorkingSession';

/**
 * One entry per GraphQL type with resolvers, each from its own module (the library adds
 * the `Date` and `DateTime` scalars). `StateAgency`, `FrontOrganization` and
 * `ArmedUnit` are non-resolvable stubs: their `{ __typename, id }` needs no resolver.
 */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  AdministrativeUnit,
  Case,
  PartyCommittee,
  MassMobilizationCommission,
  PartyDocument,
  CoordinationProgram,
  ProgramParticipant,
  Report,
  ReportingGuidance,
  ReportingObligation,
  MobilizationModel,
  WorkingSession,
  UnitStatistics,
  Organization,
};
