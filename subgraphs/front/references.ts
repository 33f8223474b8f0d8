/**
 * What the front subgraph holds of an entity another subgraph owns: its key and
 * nothing else. The gateway fetches the rest from the owner.
 */
export interface UnitReference {
  code: string;
}

export interface EntityReference {
  id: string;
  /** Set when the reference stands in a union (`Organization`), so the union can name its member. */
  __typename?: string;
}
