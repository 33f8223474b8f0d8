import type { EntityManager } from 'typeorm';
import type { OrganizationRef } from '../kit/authorization';

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
