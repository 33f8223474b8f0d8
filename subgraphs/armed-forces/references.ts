/**
 * Entities of other subgraphs that this one extends or points to: only their key
 * travels here; the gateway fetches their other fields from their owners. (The
 * state subgraph's `UnitStatistics` is extended too; its key is the library's
 * `StatisticsKey`, shared by every family that adds figures to it.)
 */

/** An `AdministrativeUnit` (owned by the state subgraph). */
export interface UnitReference {
  code: string;
  /** The day the unit is viewed at (the second key, design section 10). */
  asOf: string;
}

/** A `Case` (state) or a `CoordinationProgram` (party). */
export interface IdReference {
  id: string;
}
