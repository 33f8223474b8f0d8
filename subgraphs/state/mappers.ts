/**
 * The entity classes behind the state subgraph's GraphQL types, for the generated
 * resolver types (paths relative to `generated/resolvers.ts`; aliased because the
 * generated file declares types of the same names).
 */
export const mappers = {
  AdministrativeUnit: '../entities/AdministrativeUnit#ViewedUnit as AdministrativeUnitEntity',
  UnitSuccession: '../entities/AdministrativeUnit#ViewedSuccession as UnitSuccessionModel',
  StateAgency: '../entities/StateAgency#StateAgency as StateAgencyEntity',
  Case: '../entities/Case#Case as CaseEntity',
  Dialogue: '../entities/Dialogue#Dialogue as DialogueEntity',
  // Statistics are computed, not stored: resolvers receive the key and compute each field from it.
  UnitStatistics: '../../../lib#StatisticsKey',
};
