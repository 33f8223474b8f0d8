import { badInput, ERRORS, isUuid, requireInForceToday, requireUnitPath } from '../../../lib';
import type { Context } from '../context';
import type { ViewedUnit } from '../entities/AdministrativeUnit';
import { viewUnit } from '../resolvers/AdministrativeUnit';
import type { Case } from '../entities/Case';
import type { StateAgency } from '../entities/StateAgency';

/**
 * The records a mutation's input names, read through the request's loaders (so
 * the read rules apply) or refused with an error naming the field. Units and
 * agencies are never changed by a mutation, so reading them before the
 * transaction is safe.
 */

/**
 * A unit of the official lists that this subgraph keeps, in force on `day` (the
 * record's date: a record is placed in the unit as it stood then). BAD_USER_INPUT
 * naming the field when no unit has the code, when the unit was not in force that day
 * (naming its end and successors), or when the graph does not keep it.
 */
export async function requireUnit(ctx: Context, field: string, code: string, day: string): Promise<ViewedUnit> {
  requireUnitPath(field, code, day);
  const unit = await viewUnit(ctx, code, day);
  if (!unit || unit.asOf !== day) throw badInput(field, code, 'an administrative unit this graph keeps');
  return unit;
}

/**
 * A state agency a write names, by id: NOT_FOUND naming the field when none has it,
 * BAD_USER_INPUT when it is not in force today (design section 10: a write names
 * organizations as they are today; one that ended carries on through its successors).
 */
export async function requireAgency(ctx: Context, field: string, id: string): Promise<StateAgency> {
  const agency = await ctx.loaders.agency.load(id);
  if (!agency) throw ERRORS.NOT_FOUND.err(`${field}: no state agency has id ${JSON.stringify(id)}`, { field });
  await requireInForceToday(field, agency, ctx.loaders.agencySuccessors);
  return agency;
}

/**
 * A case the viewer can see: NOT_FOUND naming the field otherwise, so a
 * RESTRICTED case answers exactly like a missing one to those not entitled to it.
 */
export async function requireVisibleCase(ctx: Context, field: string, id: string): Promise<Case> {
  const found = isUuid(id) ? await ctx.loaders.case.load(id) : null;
  if (!found) throw ERRORS.NOT_FOUND.err(`${field}: no case has id ${JSON.stringify(id)}`, { field });
  return found;
}
