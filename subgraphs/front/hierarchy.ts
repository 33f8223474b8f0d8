import type { DataSource, EntityManager } from 'typeorm';
import {
  ancestorsCte,
  descendantsQuery,
  placeFromTable,
  type HierarchyTable,
  type OrganizationRef,
  type OrganizationTypeName,
  type PlacedOrganization,
  type Subordinates,
} from '../../lib';

/**
 * The Front family's hierarchy, from this subgraph's own tables: who is above an
 * organization (who may act for it, design section 6) and, the same rule read the
 * other way, who is below one (whose RESTRICTED records it reads). A test checks on
 * every organization of the demo data that the two agree (test/front/hierarchy.test.ts).
 */

/** Each organization names the one directly above it: the same kind of organization at the parent unit. */
const FRONT_ORGANIZATIONS: HierarchyTable = { table: 'front_organization', parentColumn: 'parent_id' };

/**
 * The organizations above a Front or socio-political organization, nearest first:
 * the same organization at the parent unit, then at its parent's, up to the
 * centre (`WU-596` → `WU-60` → `WU-VN`). Each of them directs the one below it
 * (the Front's and each union's charter), so an editor of any of them may act
 * for it (design section 6). Another organization of the same unit (the Front
 * committee for a union) is not above it.
 */
export async function superiorsOf(manager: EntityManager, id: string): Promise<OrganizationRef[]> {
  const rows: { id: string }[] = await manager.query(
    `WITH RECURSIVE ${ancestorsCte(FRONT_ORGANIZATIONS, '$1')} SELECT id FROM ancestors WHERE depth > 0 ORDER BY rank, id`,
    [id],
  );
  return rows.map((row) => ({ type: 'FrontOrganization', id: row.id }));
}

/**
 * The organizations at or below `viewer`, as SQL: the viewer and every organization
 * whose chain of parents reaches it (`superiorsOf` read the other way).
 */
export const organizationsAtOrBelow: Subordinates = (viewer) => ({
  sql: descendantsQuery(FRONT_ORGANIZATIONS, ':visibleFrontId'),
  params: { visibleFrontId: viewer.id },
});

/** A Front organization as this database records it (`SubgraphDefinition.placeOrganization`). */
export function placeOrganization(db: DataSource, type: OrganizationTypeName, id: string): Promise<PlacedOrganization | null> {
  return type === 'FrontOrganization' ? placeFromTable(db, type, id, FRONT_ORGANIZATIONS.table) : Promise.resolve(null);
}
