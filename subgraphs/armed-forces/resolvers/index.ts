import type { Resolvers } from '../generated/resolvers';
import { AdministrativeUnit } from './AdministrativeUnit';
import { ArmedUnit } from './ArmedUnit';
import { Case } from './Case';
import { CoordinationProgram } from './CoordinationProgram';
import { MobilizationActivity } from './MobilizationActivity';
import { Query } from './Query';

/** The resolver map, one module per type. `Date` comes from the kit's server. */
export const resolvers: Resolvers = {
  Query,
  ArmedUnit,
  MobilizationActivity,
  AdministrativeUnit,
  Case,
  CoordinationProgram,
};
