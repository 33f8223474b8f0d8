/** The TypeScript types behind the GraphQL types (paths relative to `generated/resolvers.ts`). */
export const mappers: Record<string, string> = {
  ArmedUnit: '../entities/ArmedUnit#ArmedUnitEntity',
  MobilizationActivity: '../entities/MobilizationActivity#MobilizationActivityEntity',
  AdministrativeUnit: '../references#UnitReference',
  Case: '../references#IdReference',
  CoordinationProgram: '../references#IdReference',
  UnitStatistics: '../../../lib#StatisticsKey',
};
