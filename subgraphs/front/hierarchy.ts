import type { DataSource, EntityManager } from 'typeorm';
import { placeFromTable, type OrganizationRef, type OrganizationTypeName, type PlacedOrganization, type Subordinates } from '../../lib';

/**
 * The Front family's hierarchy, from this subgraph's own tables: who is above an
 * organization (who may act for it, design section 6) and, the same rule read the
 * other way, who is below one (whose RESTRICTED records it reads). A test checks on
 * every organization of the demo data that the two agree.
 */

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
    `WITH RECURSIVE chain (id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM front_organization WHERE id = $1
       UNION ALL
       SELECT o.id, o.parent_id, chain.depth + 1 FROM front_organization o JOIN chain ON o.id = chain.parent_id
     )
     SELECT id FROM chain WHERE depth > 0 ORDER BY depth`,
    [id],
  );
  return rows.map((row) => ({ type: 'FrontOrganization', id: row.id }));
}

/**
 * The organizations at or below `viewer`, as SQL: the viewer and every organization
 * whose chain of parents reaches it (`superiorsOf` read the other way).
 */
export const organizationsAtOrBelow: Subordinates = (viewer) => ({
  sql: `WITH RECURSIVE below (id) AS (
      SELECT id FROM front_organization WHERE id = :visibleFrontId
      UNION
      SELECT o.id FROM front_organization o JOIN below b ON o.parent_id = b.id
    ) SELECT id FROM below`,
  params: { visibleFrontId: viewer.id },
});

/** A Front organization as this database records it (`SubgraphDefinition.placeOrganization`). */
export function placeOrganization(db: DataSource, type: OrganizationTypeName, id: string): Promise<PlacedOrganization | null> {
  return type === 'FrontOrganization' ? placeFromTable(db, type, id, 'front_organization') : Promise.resolve(null);
}
