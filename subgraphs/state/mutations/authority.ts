import { badInput, requireWriter } from '../../../lib';
import type { Context } from '../context';
import type { AdministrativeUnit } from '../entities/AdministrativeUnit';
import type { StateAgency } from '../entities/StateAgency';
import { agenciesAbove } from '../hierarchy';

/**
 * Who may act for a state agency (design section 6: an editor of the owner or of
 * an organization above it in the same hierarchy), from `hierarchy.ts`.
 */

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
