import type { DataSource, EntityManager } from 'typeorm';
import { placeFromTable, type OrganizationRef, type OrganizationTypeName, type PlacedOrganization, type Subordinates } from '../../lib';
import type { ArmedUnitEntity } from './entities/ArmedUnit';

/**
 * The armed forces' chain of command, from this subgraph's own tables: who is above
 * a unit (who may act for it, design section 6) and, the same rule read the other
 * way, who is below one (whose RESTRICTED records it reads). A test checks on every
 * unit of the demo data that the two agree.
 */

/** A connection or a transaction's manager. */
type Reader = DataSource | EntityManager;

/** An armed unit with the units above it in its own chain of command, nearest first. */
export interface CommandChain {
  unit: Pick<ArmedUnitEntity, 'id' | 'unitCode' | 'unitPath'>;
  above: OrganizationRef[];
}

/** Deeper than any real chain (commune → district → province → region); stops a corrupt cycle of parents. */
const MAX_CHAIN_DEPTH = 16;

/**
 * The unit `id` and its `parent` chain (MC-596 → MC-60 → MR-7), in one statement;
 * null when no unit has that id. Who may write for a unit follows from it (design
 * section 6: the unit itself or an organization above it in the same hierarchy).
 */
export async function commandChain(db: Reader, id: string): Promise<CommandChain | null> {
  const rows: { id: string; unit_code: string; unit_path: string }[] = await db.query(
    `WITH RECURSIVE chain AS (
       SELECT id, unit_code, unit_path, parent_id, 0 AS depth FROM armed_unit WHERE id = $1
       UNION ALL
       SELECT p.id, p.unit_code, p.unit_path, p.parent_id, c.depth + 1
         FROM armed_unit p JOIN chain c ON p.id = c.parent_id
        WHERE c.depth < $2
     )
     SELECT id, unit_code, unit_path FROM chain ORDER BY depth`,
    [id, MAX_CHAIN_DEPTH],
  );
  if (rows.length === 0) return null;
  const [own, ...above] = rows;
  return {
    unit: { id: own.id, unitCode: own.unit_code, unitPath: own.unit_path },
    above: above.map((row) => ({ type: 'ArmedUnit', id: row.id })),
  };
}

/**
 * The units at or below `viewer`, as SQL: the viewer and every unit whose chain of
 * command reaches it (`commandChain` read the other way).
 */
export const unitsAtOrBelow: Subordinates = (viewer) => ({
  sql: `WITH RECURSIVE below (id, depth) AS (
      SELECT id, 0 FROM armed_unit WHERE id = :visibleArmedUnitId
      UNION ALL
      SELECT u.id, b.depth + 1 FROM armed_unit u JOIN below b ON u.parent_id = b.id WHERE b.depth < ${MAX_CHAIN_DEPTH}
    ) SELECT id FROM below`,
  params: { visibleArmedUnitId: viewer.id },
});

/** An armed unit as this database records it (`SubgraphDefinition.placeOrganization`). */
export function placeOrganization(db: DataSource, type: OrganizationTypeName, id: string): Promise<PlacedOrganization | null> {
  return type === 'ArmedUnit' ? placeFromTable(db, type, id, 'armed_unit') : Promise.resolve(null);
}
