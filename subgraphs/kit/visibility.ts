import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { OrganizationTypeName, Viewer } from './auth';
import type { SubgraphName } from './config';
import { referenceUnit } from './units';

/** The family (and subgraph) each member of `Organization` belongs to. */
export const FAMILY_OF: Record<OrganizationTypeName, SubgraphName> = {
  PartyCommittee: 'party',
  MassMobilizationCommission: 'party',
  StateAgency: 'state',
  FrontOrganization: 'front',
  ArmedUnit: 'armed-forces',
};

/**
 * Who sees RESTRICTED records (design section 6): the owning family, and party
 * committees at the record's unit or above it (the committee that leads that
 * area). Everyone else gets them filtered out, never an error.
 */
export function canSeeRestricted(viewer: Viewer, owner: SubgraphName, recordUnitPath: string): boolean {
  if (FAMILY_OF[viewer.org.type] === owner) return true;
  const committeePath = viewerCommitteePath(viewer);
  return committeePath !== undefined && recordUnitPath.startsWith(committeePath);
}

function viewerCommitteePath(viewer: Viewer): string | undefined {
  if (viewer.org.type !== 'PartyCommittee' || !viewer.org.unit) return undefined;
  return referenceUnit(viewer.org.unit)?.path;
}

/**
 * Narrows a query of classified records to those the viewer may see: every
 * PUBLIC record, and RESTRICTED ones as `canSeeRestricted` says. `pathColumn` is
 * the column placing the record in the hierarchy (usually `unit_path`).
 */
export function whereVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  viewer: Viewer,
  owner: SubgraphName,
  pathColumn = 'unit_path',
): SelectQueryBuilder<T> {
  if (FAMILY_OF[viewer.org.type] === owner) return query;
  const committeePath = viewerCommitteePath(viewer);
  if (committeePath === undefined) return query.andWhere(`${alias}.classification = 'PUBLIC'`);
  return query.andWhere(`(${alias}.classification = 'PUBLIC' OR ${alias}.${pathColumn} LIKE :visibleUnderPath)`, {
    visibleUnderPath: `${committeePath}%`,
  });
}
