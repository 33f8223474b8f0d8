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
import type { ArmedUnitEntity } from './entities/ArmedUnit';

/**
 * The armed forces' chain of command, from this subgraph's own tables: who is above
 * a unit (who may act for it, design section 6) and, the same rule read the other
 * way, who is below one (whose RESTRICTED records it reads). A test checks on every
 * unit of the demo data that the two agree (test/armed-forces/hierarchy.test.ts).
 */

/** Each unit names the one it reports to in its own chain of command (a commune police, its district police). */
const ARMED_UNITS: HierarchyTable = { table: 'armed_unit', parentColumn: 'parent_id' };

/** A connection or a transaction's manager. */
type Reader = DataSource | EntityManager;

/** An armed unit with the units above it in its own chain of command, nearest first. */
export interface CommandChain {
  unit: Pick<ArmedUnitEntity, 'id' | 'unitCode' | 'unitPath'>;
  above: OrganizationRef[];
}

/**
 * The unit `id` and its `parent` chain (MC-596 → MC-60 → MR-7), in one statement;
 * null when no unit has that id. Who may write for a unit follows from it (design
 * section 6: the unit itself or an organization above it in the same hierarchy).
 */
export async function commandChain(db: Reader, id: string): Promise<CommandChain | null> {
  const rows: { id: string; unit_code: string; unit_path: string }[] = await db.query(
    `WITH RECURSIVE ${ancestorsCte(ARMED_UNITS, '$1', 'chain')}
     SELECT u.id, u.unit_code, u.unit_path FROM chain JOIN ${ARMED_UNITS.table} u ON u.id = chain.id ORDER BY chain.rank, chain.id`,
    [id],
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
  sql: descendantsQuery(ARMED_UNITS, ':visibleArmedUnitId'),
  params: { visibleArmedUnitId: viewer.id },
});

/** An armed unit as this database records it (`SubgraphDefinition.placeOrganization`). */
export function placeOrganization(db: DataSource, type: OrganizationTypeName, id: string): Promise<PlacedOrganization | null> {
  return type === 'ArmedUnit' ? placeFromTable(db, type, id, ARMED_UNITS.table) : Promise.resolve(null);
}
