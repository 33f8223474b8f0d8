/**
 * The one recursive query of every family's hierarchy: an organization's chain of
 * parents (who is above it, for writes) and, read the other way, everything below it
 * (whose RESTRICTED records it reads). Each family says which table and which parent
 * column; the SQL is written once, here, with a depth guard against a cycle in the data.
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
 * A CTE named `name` (columns `id`, `parent_id`, `depth`) holding the organization
 * whose id is the SQL expression `start` (a parameter, `$1` or `:id`) at depth 0 and
 * every one above it, each one step further:
 * `WITH RECURSIVE ${ancestorsCte(...)} SELECT id FROM ancestors ORDER BY depth`.
 */
export function ancestorsCte({ table, parentColumn }: HierarchyTable, start: string, name = 'ancestors'): string {
  return `${name} (id, parent_id, depth) AS (
      SELECT id, ${parentColumn}, 0 FROM ${table} WHERE id = ${start}
      UNION ALL
      SELECT o.id, o.${parentColumn}, a.depth + 1 FROM ${table} o JOIN ${name} a ON o.id = a.parent_id WHERE a.depth < ${MAX_HIERARCHY_DEPTH}
    )`;
}

/**
 * A query of the ids of the organization whose id is the SQL expression `start` and of
 * every organization below it, however deep: the other direction of `ancestorsCte`.
 */
export function descendantsQuery({ table, parentColumn }: HierarchyTable, start: string, name = 'descendants'): string {
  return `WITH RECURSIVE ${name} (id, depth) AS (
      SELECT id, 0 FROM ${table} WHERE id = ${start}
      UNION ALL
      SELECT o.id, d.depth + 1 FROM ${table} o JOIN ${name} d ON o.${parentColumn} = d.id WHERE d.depth < ${MAX_HIERARCHY_DEPTH}
    ) SELECT id FROM ${name}`;
}
