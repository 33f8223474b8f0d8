/**
 * The classes each GraphQL type's resolvers receive as parent (paths relative to
 * `generated/resolvers.ts`): the TypeORM entities for the types this subgraph owns,
 * bare key references for the entities it extends.
 */
export const mappers: Record<string, string> = {
  FrontOrganization: '../entities/FrontOrganization#FrontOrganizationEntity',
  Supervision: '../entities/Supervision#SupervisionEntity',
  Recommendation: '../entities/Recommendation#RecommendationEntity',
  Campaign: '../entities/Campaign#CampaignEntity',
  AdministrativeUnit: '../references#UnitReference',
  StateAgency: '../references#EntityReference',
  PartyCommittee: '../references#EntityReference',
  MassMobilizationCommission: '../references#EntityReference',
  ArmedUnit: '../references#EntityReference',
  Case: '../references#EntityReference',
  CoordinationProgram: '../references#EntityReference',
  UnitStatistics: '../../../lib#StatisticsKey',
};
