import type { Resolvers } from '../generated/resolvers';
import { AdministrativeUnit } from './AdministrativeUnit';
import { ArmedUnit } from './ArmedUnit';
import { Case } from './Case';
import { CoordinationProgram } from './CoordinationProgram';
import { MobilizationActivity } from './MobilizationActivity';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { UnitStatistics } from './UnitStatistics';

/** The resolver map, one module per type. `Date` and `DateTime` come from the library's server. */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  ArmedUnit,
  MobilizationActivity,
  AdministrativeUnit,
  Case,
  CoordinationProgram,
  UnitStatistics,
};
