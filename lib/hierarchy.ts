/**
 * The one recursive query of every family's hierarchy: an organization's chain of
 * parents (who is above it, for writes) and, read the other way, everything below it
 * (whose RESTRICTED records it reads). Each family says which table and which parent
 * column; the SQL is written once, here, with a depth guard against a cycle in the data.
 *
 * An organization that carried others on (design section 10: `predecessor_ids`, the
 * 2025 reorganization) stands above them too: VFF-52-2025 reads and carries on what
 * VFF-64 recorded, and an editor of it may act for VFF-64's records. So each step goes
 * to the parent and to the successors (upwards), to the children and the predecessors
 * (downwards).
 */

/** Deeper than any real chain (commune → district → province → region → centre); stops a corrupt cycle of parents. */
export const MAX_HIERARCHY_DEPTH = 16;

export interface HierarchyTable {
  /** The organization table, e.g. `front_organization`. */
  table: string;
  /** Its column naming the organization above, e.g. `parent_id`. */
  parentColumn: string;
}

/**
 * A CTE named `name` (columns `id`, `depth`, `rank`) holding the organization whose id
 * is the SQL expression `start` (a parameter, `$1` or `:id`) at depth 0 and every one
 * above it, each once, at its nearest depth (a body reached both as a parent and as a
 * successor counts once). `rank` orders them nearest first, a parent before a successor
 * at the same depth: `WITH RECURSIVE ${ancestorsCte(...)} SELECT id FROM ancestors ORDER BY rank, id`.
 */
export function ancestorsCte({ table, parentColumn }: HierarchyTable, start: string, name = 'ancestors'): string {
  return `${name}_walk (id, parent_id, depth, rank) AS (
      SELECT id, ${parentColumn}, 0, 0 FROM ${table} WHERE id = ${start}
      UNION ALL
      SELECT o.id, o.${parentColumn}, a.depth + 1, 2 * (a.depth + 1) + CASE WHEN o.id = a.parent_id THEN 0 ELSE 1 END
        FROM ${table} o JOIN ${name}_walk a ON o.id = a.parent_id OR o.predecessor_ids @> ARRAY[a.id]
       WHERE a.depth < ${MAX_HIERARCHY_DEPTH}
    ),
    ${name} (id, depth, rank) AS (SELECT id, min(depth), min(rank) FROM ${name}_walk GROUP BY id)`;
}

/**
 * A query of the ids of the organization whose id is the SQL expression `start` and of
 * every organization below it, however deep: the other direction of `ancestorsCte`.
 */
export function descendantsQuery({ table, parentColumn }: HierarchyTable, start: string, name = 'descendants'): string {
  return `WITH RECURSIVE ${name} (id, predecessor_ids, depth) AS (
      SELECT id, predecessor_ids, 0 FROM ${table} WHERE id = ${start}
      UNION ALL
      SELECT o.id, o.predecessor_ids, d.depth + 1 FROM ${table} o JOIN ${name} d
          ON o.${parentColumn} = d.id OR o.id = ANY(d.predecessor_ids)
       WHERE d.depth < ${MAX_HIERARCHY_DEPTH}
    ) SELECT id FROM ${name}`;
}
