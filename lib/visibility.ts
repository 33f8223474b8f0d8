import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { OrganizationTypeName, PlacedOrganization, Viewer } from './auth';
import type { SubgraphName } from './config';

/** The family (and subgraph) each member of `Organization` belongs to. */
export const FAMILY_OF: Record<OrganizationTypeName, SubgraphName> = {
  PartyCommittee: 'party',
  MassMobilizationCommission: 'party',
  StateAgency: 'state',
  FrontOrganization: 'front',
  ArmedUnit: 'armed-forces',
};

/**
 * Who sees a RESTRICTED record (design section 6), decided from the viewer's
 * organization as its owner records it (`viewer.placed`), never from a token claim:
 * (a) the organization that owns the record and the organizations above it in its
 *     own family's hierarchy (each family says who is below whom: `Subordinates`);
 * (b) the party committee and the mass-mobilization commission of the record's unit
 *     or of any unit above it (the Central ones see all).
 * Nobody else: another province's commune committee, a sibling district's agency, an
 * organization that does not exist. They get such records filtered out, never an
 * error.
 */

/**
 * SQL selecting the ids of the organizations at or below `viewer` in its family's
 * hierarchy (the viewer's own id among them), with its parameters. Each family
 * defines it next to its "above" rule in its `hierarchy.ts`.
 */
export type Subordinates = (viewer: PlacedOrganization) => { sql: string; params: Record<string, unknown> };

/** How a family's classified records are placed and owned. */
export interface ClassifiedRecords {
  /** The family that owns the records. */
  family: SubgraphName;
  /** The column naming the organization that owns a record, with the family's rule for who is below whom; omitted where (b) says all (party records). */
  owner?: { column: string; subordinates: Subordinates };
  /** The column placing a record in the unit hierarchy; `unit_path` unless given. */
  pathColumn?: string;
}

function isPartyBody(placed: PlacedOrganization | null | undefined): placed is PlacedOrganization {
  return !!placed && FAMILY_OF[placed.type] === 'party';
}

/** Rule (b) for one record already read: a party body at the record's unit or above it. */
export function partyBodyAbove(viewer: Viewer, recordUnitPath: string): boolean {
  return isPartyBody(viewer.placed) && viewer.placed.unitPaths.some((path) => recordUnitPath.startsWith(path));
}

/**
 * Narrows a query of classified records (aliased `alias`) to those the viewer may
 * see: every PUBLIC record, and RESTRICTED ones by (a) and (b) above. Callers add
 * their own conditions with `andWhere`: `where` would replace this one.
 */
export function whereVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  viewer: Viewer,
  records: ClassifiedRecords,
): SelectQueryBuilder<T> {
  const placed = viewer.placed;
  const visible = [`${alias}.classification = 'PUBLIC'`];
  let params: Record<string, unknown> = {};
  if (isPartyBody(placed)) {
    visible.push(`${alias}.${records.pathColumn ?? 'unit_path'} LIKE ANY(CAST(:visibleUnderPaths AS text[]))`);
    params.visibleUnderPaths = placed.unitPaths.map((path) => `${path}%`);
  }
  if (placed && records.owner && FAMILY_OF[placed.type] === records.family) {
    const below = records.owner.subordinates(placed);
    visible.push(`${alias}.${records.owner.column} IN (${below.sql})`);
    params = { ...params, ...below.params };
  }
  return query.andWhere(`(${visible.join(' OR ')})`, params);
}
