import { badInput, ERRORS, requireUnitPath, isUuid } from '../../../lib';
import type { Context } from '../context';
import type { AdministrativeUnit } from '../entities/AdministrativeUnit';
import type { Case } from '../entities/Case';
import type { StateAgency } from '../entities/StateAgency';

/**
 * The records a mutation's input names, read through the request's loaders (so
 * the read rules apply) or refused with an error naming the field. Units and
 * agencies are never changed by a mutation, so reading them before the
 * transaction is safe.
 */

/**
 * A unit of the official list that this subgraph keeps: BAD_USER_INPUT when the
 * code is on neither (a unit outside the units kept here cannot hold a record).
 */
export async function requireUnit(ctx: Context, field: string, code: string): Promise<AdministrativeUnit> {
  requireUnitPath(field, code);
  const unit = await ctx.loaders.unit.load(code);
  if (!unit) throw badInput(field, code, 'an administrative unit this graph keeps');
  return unit;
}

/** A state agency by id: NOT_FOUND naming the field when none has it. */
export async function requireAgency(ctx: Context, field: string, id: string): Promise<StateAgency> {
  const agency = await ctx.loaders.agency.load(id);
  if (!agency) throw ERRORS.NOT_FOUND.err(`${field}: no state agency has id ${JSON.stringify(id)}`, { field });
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
