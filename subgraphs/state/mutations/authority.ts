import type { DataSource } from 'typeorm';
import { OrganizationRef, requireWriter } from '../../kit/authorization';
import { badInput } from '../../kit/errors';
import type { Context } from '../context';
import type { AdministrativeUnit } from '../entities/AdministrativeUnit';
import type { StateAgency } from '../entities/StateAgency';

/**
 * Who may act for a state agency (design section 6: an editor of the owner or of
 * an organization above it in the same hierarchy), computed from this subgraph's
 * own tables.
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
 * FORBIDDEN unless the viewer is an editor of `agency` or of an agency above it.
 * `field` names the input field that made `agency` the owner.
 */
export async function requireAgencyWriter(ctx: Context, operation: string, field: string, agency: StateAgency): Promise<void> {
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
