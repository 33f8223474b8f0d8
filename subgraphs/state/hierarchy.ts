import type { DataSource } from 'typeorm';
import {
  ancestorsCte,
  badInput,
  carriersOf,
  descendantsQuery,
  placeFromTable,
  requireWriter,
  type HierarchyTable,
  type OrganizationRef,
  type OrganizationTypeName,
  type PlacedOrganization,
  type Subordinates,
  type Viewer,
} from '../../lib';
import type { AdministrativeUnit } from './entities/AdministrativeUnit';
import type { StateAgency } from './entities/StateAgency';

/**
 * The state family's hierarchy, from this subgraph's own tables: who is above an
 * agency (who may act for it, design section 6) and, the same rule read the other
 * way, who is below one (whose RESTRICTED records it reads). Both are written here, side
 * by side; test/state/hierarchy.test.ts checks on the demo data that they agree.
 */

/** An agency's own chain: a department under its People's Committee, a ministry under the Government. */
const AGENCY_PARENTS: HierarchyTable = { table: 'state_agency', parentColumn: 'parent_agency_id' };

/**
 * The agencies above `agency`, nearest first:
 * 1. its parent agencies (a department's People's Committee, a ministry's Government);
 * 2. the People's Committees of the units above the agency's unit, nearest first:
 *    Law on the Organization of Local Government (2015), art. 8(2), makes a
 *    People's Committee answerable to the state administrative body above it;
 * 3. the Government, the highest state administrative body (Constitution 2013, art. 94);
 * and, since the 2025 reorganization, the agencies that carried it on (its successors,
 * through the chain) and the People's Committees of the units that carried its unit on.
 * So above PCOM-23035 are PCOM-596, PCOM-60, GOV-VN; above DONRE-60 are PCOM-60,
 * GOV-VN; above MOT-VN is GOV-VN; nothing is above GOV-VN. One statement.
 */
export async function agenciesAbove(db: DataSource, agency: StateAgency): Promise<OrganizationRef[]> {
  const carriers = carriersOf(agency.unitPath);
  // The chain starts at the agency itself (depth 0), which `id <> $1` leaves out.
  const rows: { id: string }[] = await db.query(
    `WITH RECURSIVE ${ancestorsCte(AGENCY_PARENTS, '$1', 'parents')}
     SELECT id FROM (
       SELECT id, 1 AS tier, rank FROM parents
       UNION ALL
       SELECT pc.id, 2, -length(pc.unit_path) FROM state_agency pc
        WHERE pc.kind = 'PEOPLES_COMMITTEE' AND starts_with($2, pc.unit_path) AND pc.unit_path <> $2
          -- in force while the agency is: the old Lâm Đồng's committee is not above a commune formed after it ended
          AND pc.valid_from <= CAST($6 AS date) AND pc.valid_to >= CAST($5 AS date)
       UNION ALL
       -- The People's Committees of the units that carried the agency's unit on (design section 10).
       SELECT pc.id, 2, -length(pc.unit_path) FROM state_agency pc
         JOIN unnest(CAST($3 AS text[]), CAST($4 AS date[])) AS heir(path, took_over_on)
           ON pc.unit_path = heir.path AND heir.took_over_on BETWEEN pc.valid_from AND pc.valid_to
        WHERE pc.kind = 'PEOPLES_COMMITTEE'
       UNION ALL
       SELECT g.id, 3, 0 FROM state_agency g WHERE g.kind = 'GOVERNMENT'
     ) above
     WHERE id <> $1
     ORDER BY tier, rank, id`,
    [
      agency.id,
      agency.unitPath,
      carriers.map((c) => c.path),
      carriers.map((c) => c.on),
      agency.validFrom ?? '-infinity',
      agency.validTo ?? 'infinity',
    ],
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
  const descendants = descendantsQuery(AGENCY_PARENTS, ':visibleAgencyId', 'below');
  if (viewer.kind === 'GOVERNMENT') return { sql: 'SELECT id FROM state_agency', params: {} };
  if (viewer.kind === 'PEOPLES_COMMITTEE') {
    return {
      // Below its unit, and below the units its unit was formed from (design section 10).
      sql: `${descendants} UNION SELECT id FROM state_agency WHERE unit_path LIKE ANY(CAST(:visibleAgencyPaths AS text[])) AND unit_path <> ALL(CAST(:visibleAgencyUnitPaths AS text[]))`,
      params: {
        visibleAgencyId: viewer.id,
        visibleAgencyPaths: viewer.unitPaths.map((path) => `${path}%`),
        visibleAgencyUnitPaths: viewer.unitPaths,
      },
    };
  }
  return { sql: descendants, params: { visibleAgencyId: viewer.id } };
};

/**
 * FORBIDDEN unless the viewer is an editor of `agency` or of an agency above it
 * (design section 6: an editor of the owner or of an organization above it in the
 * same hierarchy). `field` names the input field that made `agency` the owner.
 */
export async function requireAgencyWriter(
  ctx: { viewer: Viewer; db: DataSource },
  operation: string,
  field: string,
  agency: StateAgency,
): Promise<void> {
  requireWriter(ctx.viewer, operation, field, { type: 'StateAgency', id: agency.id }, await agenciesAbove(ctx.db, agency));
}

/**
 * An agency acts in its own unit and the units below it: a district's People's
 * Committee may take up a case of one of its communes, not one of the next
 * district. The Government and the ministries (unit `VN`) serve every unit.
 */
export function requireUnitServed(field: string, unit: AdministrativeUnit, agency: StateAgency, agencyField: string): void {
  if (!unit.path.startsWith(agency.unitPath)) {
    throw badInput(field, unit.code, `a unit within the area of ${agencyField} ${agency.id} (unit ${agency.unitCode} or a unit below it)`);
  }
}

/** A state agency as this database records it (`SubgraphDefinition.placeOrganization`). */
export function placeOrganization(db: DataSource, type: OrganizationTypeName, id: string): Promise<PlacedOrganization | null> {
  return type === 'StateAgency' ? placeFromTable(db, type, id, 'state_agency') : Promise.resolve(null);
}
