import { Resolvers } from '../generated/resolvers';
import { AdministrativeUnit } from './AdministrativeUnit';
import { Case } from './Case';
import { Dialogue } from './Dialogue';
import { Mutation } from './Mutation';
import { PartyDocument } from './PartyDocument';
import { Query } from './Query';
import { StateAgency } from './StateAgency';
import { UnitStatistics } from './UnitStatistics';

/**
 * The state subgraph's resolver map, one module per type. The `Date` and
 * `DateTime` scalars come from the library's server.
 */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  AdministrativeUnit,
  StateAgency,
  Case,
  Dialogue,
  PartyDocument,
  UnitStatistics,
};
