/**
 * The classes each GraphQL type's resolvers receive as parent (paths relative to
 * `generated/resolvers.ts`): the TypeORM entities for the types this subgraph owns,
 * bare key references for the entities it extends or only points at.
 */
export const mappers: Record<string, string> = {
  PartyCommittee: '../entities/PartyCommittee#PartyCommitteeEntity',
  MassMobilizationCommission: '../entities/MassMobilizationCommission#MassMobilizationCommissionEntity',
  PartyDocument: '../entities/PartyDocument#PartyDocumentEntity',
  CoordinationProgram: '../entities/CoordinationProgram#CoordinationProgramEntity',
  ProgramParticipant: '../entities/ProgramParticipant#ProgramParticipantEntity',
  ProgramReview: '../entities/ProgramReview#ProgramReviewEntity',
  Report: '../entities/Report#ReportEntity',
  MobilizationModel: '../entities/MobilizationModel#MobilizationModelEntity',
  WorkingSession: '../entities/WorkingSession#WorkingSessionEntity',
  Period: '../reporting/periods#ReportingPeriod',
  ReportingGuidance: '../reporting/guidance#Guidance',
  AdministrativeUnit: '../references#UnitReference',
  Case: '../references#CaseReference',
  UnitStatistics: '../references#StatisticsReference',
  StateAgency: '../references#StateAgencyReference',
  FrontOrganization: '../references#FrontOrganizationReference',
  ArmedUnit: '../references#ArmedUnitReference',
};
