/**
 * What the front subgraph holds of an entity another family owns: its key and
 * nothing else; the gateway fetches the rest from the owner. The front points to
 * them (a supervision's target, case and program, a recommendation's addressee) and
 * extends some with its own fields (`AdministrativeUnit.frontOrganizations`,
 * `Case.supervisions`, `supervisionsReceived`, `CoordinationProgram.frontActivities`).
 * Their ids are checked with their owners through the library's references module.
 */

/** An `AdministrativeUnit` (state), by its official code. */
export interface UnitReference {
  code: string;
  /** The day the unit is viewed at (the second key, design section 10). */
  asOf: string;
}

/**
 * A `StateAgency` or `Case` (state), a `PartyCommittee`, `MassMobilizationCommission`
 * or `CoordinationProgram` (party), an `ArmedUnit` (armed forces), by id.
 */
export interface EntityReference {
  id: string;
  /** Set when the reference stands in a union (`Organization`), so the union can name its member. */
  __typename?: string;
}
