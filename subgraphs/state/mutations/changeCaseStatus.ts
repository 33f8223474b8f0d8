import type { EntityManager } from 'typeorm';
import { badInput, lockVersioned, required, requireEditor, requireNotFuture, runMutation } from '../../../lib';
import type { Context } from '../context';
import { Case, FINISHED_STATUSES } from '../entities/Case';
import type { ChangeCaseStatusInput } from '../generated/resolvers';
import { requireAgencyWriter } from '../hierarchy';
import { requireVisibleCase } from './inputs';
import { caseSnapshot } from './snapshots';

/**
 * `changeCaseStatus`: moves a case to another status, guarded by the version the
 * caller read it at. Any status may follow any other (a resolved case may be
 * reopened); a finished case (RESOLVED, CLOSED) carries the date it was finished,
 * an open one none, so reopening clears it. Who may change the case is settled
 * first (a case the caller may not see is NOT_FOUND), so that a caller who may not
 * learns nothing from the checks of the input.
 */
export async function changeCaseStatus(input: ChangeCaseStatusInput, ctx: Context): Promise<Case> {
  requireEditor(ctx.viewer, 'changeCaseStatus');
  const current = await requireVisibleCase(ctx, 'input.caseId', input.caseId);
  const agency = await required(
    ctx.loaders.agency.load(current.responsibleAgencyId),
    `agency ${current.responsibleAgencyId} of case ${current.id}`,
  );
  await requireAgencyWriter(ctx, 'changeCaseStatus', 'input.caseId', agency);

  const finished = FINISHED_STATUSES.includes(input.status);
  if (!Number.isInteger(input.version) || input.version < 1) {
    throw badInput('input.version', input.version, 'the version the case was read at, 1 or more');
  }
  let resolvedOn: string | null = null;
  if (finished) {
    if (input.resolvedOn == null) throw badInput('input.resolvedOn', null, `a date: required when the status is ${input.status}`);
    resolvedOn = requireNotFuture('input.resolvedOn', input.resolvedOn);
  } else if (input.resolvedOn != null) {
    throw badInput('input.resolvedOn', input.resolvedOn, `no date: a case in status ${input.status} is not finished`);
  }
  if (resolvedOn !== null && resolvedOn < current.openedOn) {
    throw badInput('input.resolvedOn', resolvedOn, `a date not before the case was opened (${current.openedOn})`);
  }

  const changed = await runMutation(
    ctx.db,
    ctx.viewer,
    { operation: 'changeCaseStatus', recordType: 'Case', input },
    async (manager: EntityManager) => {
      const before = await lockVersioned(manager, Case, 'case', 'input.caseId', current.id, input.version);
      if (before.status === input.status && before.resolvedOn === resolvedOn) {
        throw badInput(
          'input.status',
          input.status,
          `a change: case ${before.id} is already ${before.status}` + (resolvedOn ? ` since ${resolvedOn}` : ''),
        );
      }
      const after: Case = { ...before, status: input.status, resolvedOn, version: before.version + 1, updatedAt: new Date() };
      await manager.update(
        Case,
        { id: before.id },
        { status: after.status, resolvedOn, version: after.version, updatedAt: after.updatedAt },
      );
      return {
        record: after,
        recordId: after.id,
        owner: { type: 'StateAgency', id: agency.id },
        before: caseSnapshot(before),
        after: caseSnapshot(after),
      };
    },
    (manager, id) => manager.findOneByOrFail(Case, { id }),
  );
  // Later reads in this request (another mutation, a nested field) see the change.
  ctx.loaders.case.clear(changed.id).prime(changed.id, changed);
  ctx.loaders.caseByReference.clear(changed.reference).prime(changed.reference, changed);
  return changed;
}
