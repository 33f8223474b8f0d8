import type { DataSource } from 'typeorm';
import { placeFromTable, type OrganizationRef, type OrganizationTypeName, type PlacedOrganization, type Subordinates } from '../../lib';
import type { StateAgency } from './entities/StateAgency';

/**
 * The state family's hierarchy, from this subgraph's own tables: who is above an
 * agency (who may act for it, design section 6) and, the same rule read the other
 * way, who is below one (whose RESTRICTED records it reads). A test checks on every
 * agency of the demo data that the two agree.
 */

/** How deep a chain of parent agencies may go: a guard against a cycle in the data, far above any real chain. */
const MAX_PARENT_DEPTH = 16;

/**
 * The agencies above `agency`, nearest first:
 * 1. its parent agencies (a department's People's Committee, a ministry's Government);
 * 2. the People's Committees of the units above the agency's unit, nearest first:
 *    Law on the Organization of Local Government (2015), art. 8(2), makes a
 *    People's Committee answerable to the state administrative body above it;
 * 3. the Government, the highest state administrative body (Constitution 2013, art. 94).
 * So above PCOM-23035 are PCOM-596, PCOM-60, GOV-VN; above DONRE-60 are PCOM-60,
 * GOV-VN; above MOT-VN is GOV-VN; nothing is above GOV-VN. One statement.
 */
export async function agenciesAbove(db: DataSource, agency: StateAgency): Promise<OrganizationRef[]> {
  const rows: { id: string }[] = await db.query(
    `WITH RECURSIVE parents (id, parent_agency_id, depth) AS (
       SELECT p.id, p.parent_agency_id, 1 FROM state_agency p WHERE p.id = $2
       UNION ALL
       SELECT p.id, p.parent_agency_id, c.depth + 1
         FROM state_agency p JOIN parents c ON p.id = c.parent_agency_id
        WHERE c.depth < $4
     )
     SELECT id FROM (
       SELECT id, 1 AS tier, depth AS rank FROM parents
       UNION ALL
       SELECT pc.id, 2, -length(pc.unit_path) FROM state_agency pc
        WHERE pc.kind = 'PEOPLES_COMMITTEE' AND starts_with($3, pc.unit_path) AND pc.unit_path <> $3
       UNION ALL
       SELECT g.id, 3, 0 FROM state_agency g WHERE g.kind = 'GOVERNMENT'
     ) above
     WHERE id <> $1
     ORDER BY tier, rank, id`,
    [agency.id, agency.parentAgencyId, agency.unitPath, MAX_PARENT_DEPTH],
  );
  // An agency reached twice (a ministry's parent is also the Government) counts once, where it is nearest.
  return [...new Set(rows.map((r) => r.id))].map((id) => ({ type: 'StateAgency', id }));
}

/**
 * The agencies at or below `viewer`, as SQL: exactly those whose `agenciesAbove`
 * include it, and the viewer itself. The Government is above every agency; a
 * People's Committee is above the agencies of the units below its own and its own
 * departments; any agency is above those whose parent chain reaches it.
 */
export const agenciesAtOrBelow: Subordinates = (viewer) => {
  const descendants = `WITH RECURSIVE below (id, depth) AS (
      SELECT id, 0 FROM state_agency WHERE id = :visibleAgencyId
      UNION ALL
      SELECT a.id, b.depth + 1 FROM state_agency a JOIN below b ON a.parent_agency_id = b.id WHERE b.depth < ${MAX_PARENT_DEPTH}
    ) SELECT id FROM below`;
  if (viewer.kind === 'GOVERNMENT') return { sql: 'SELECT id FROM state_agency', params: {} };
  if (viewer.kind === 'PEOPLES_COMMITTEE') {
    return {
      sql: `${descendants} UNION SELECT id FROM state_agency WHERE unit_path LIKE :visibleAgencyPath AND unit_path <> :visibleAgencyUnitPath`,
      params: { visibleAgencyId: viewer.id, visibleAgencyPath: `${viewer.unitPath}%`, visibleAgencyUnitPath: viewer.unitPath },
    };
  }
  return { sql: descendants, params: { visibleAgencyId: viewer.id } };
};

/** A state agency as this database records it (`SubgraphDefinition.placeOrganization`). */
export function placeOrganization(db: DataSource, type: OrganizationTypeName, id: string): Promise<PlacedOrganization | null> {
  return type === 'StateAgency' ? placeFromTable(db, type, id, 'state_agency') : Promise.resolve(null);
}
