import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  badInput,
  carriesOn,
  inForceOn,
  lockVersioned,
  required,
  requireEditor,
  requireNotFuture,
  requireText,
  runMutation,
  vietnamDate,
  type Viewer,
} from '../../../lib';
import type { Context } from '../context';
import { Case, OPEN_STATUSES } from '../entities/Case';
import { CaseTransfer } from '../entities/CaseTransfer';
import type { StateAgency } from '../entities/StateAgency';
import type { TransferCaseInput } from '../generated/resolvers';
import { requireAgencyWriter } from '../hierarchy';
import { requireAgency, requireVisibleCase } from './inputs';
import { caseSnapshot } from './snapshots';

export const MAX_REASON_LENGTH = 2_000;

/** What a transfer changes, checked: the case as read, the receiving agency, the day and why. */
export interface CaseTransferChange {
  current: Case;
  to: StateAgency;
  transferredOn: string;
  reason: string;
  version: number;
  idempotencyKey: string | null;
}

/**
 * Stores a checked transfer: the case's new agency and version, the transfer row and
 * the audit row, in one transaction (the library's `runMutation`, with its idempotency
 * key). `transferCase` checks and authorizes before calling it; the demo seed calls
 * it for the cases the 2025 reorganization left open.
 */
export function storeCaseTransfer(db: DataSource, viewer: Viewer, change: CaseTransferChange): Promise<Case> {
  const { current, to, transferredOn, reason } = change;
  // The request as the audit row and the idempotency key see it.
  const input = {
    caseId: current.id,
    toAgencyId: to.id,
    transferredOn,
    reason,
    version: change.version,
    idempotencyKey: change.idempotencyKey,
  };
  return runMutation(
    db,
    viewer,
    {
      operation: 'transferCase',
      recordType: 'Case',
      input,
    },
    async (manager) => {
      const before = await lockVersioned(manager, Case, 'case', 'input.caseId', current.id, change.version);
      const last = await manager.findOne(CaseTransfer, { where: { caseId: before.id }, order: { transferredOn: 'DESC' } });
      if (last && transferredOn <= last.transferredOn) {
        throw badInput('input.transferredOn', transferredOn, `a day after the case's last transfer (${last.transferredOn})`);
      }
      if (before.responsibleAgencyId === to.id) {
        throw badInput('input.toAgencyId', to.id, `another agency: ${to.id} is already responsible for case ${before.reference}`);
      }
      const after: Case = { ...before, responsibleAgencyId: to.id, version: before.version + 1, updatedAt: new Date() };
      await manager.insert(CaseTransfer, {
        id: randomUUID(),
        caseId: before.id,
        fromAgencyId: before.responsibleAgencyId,
        toAgencyId: to.id,
        transferredOn,
        reason,
      });
      await manager.update(Case, { id: before.id }, { responsibleAgencyId: to.id, version: after.version, updatedAt: after.updatedAt });
      return {
        record: after,
        recordId: after.id,
        owner: { type: 'StateAgency', id: to.id },
        before: caseSnapshot(before),
        after: { ...caseSnapshot(after), transfer: { from: before.responsibleAgencyId, to: to.id, on: transferredOn, reason } },
      };
    },
    (manager, id) => manager.findOneByOrFail(Case, { id }),
  );
}

/**
 * `transferCase`: hands an open case to another agency. While the responsible agency
 * is in force on the day, its editors (or those above it) hand the case over; once it
 * has ended, the receiving agency's editors (or those above it) take the case up,
 * when their unit carries on the case's unit. Authorization comes before the checks
 * of the rest of the input, so that a caller who may not learns nothing from them.
 */
export async function transferCase(input: TransferCaseInput, ctx: Context, now: Date = new Date()): Promise<Case> {
  const operation = 'transferCase';
  requireEditor(ctx.viewer, operation);
  const current = await requireVisibleCase(ctx, 'input.caseId', input.caseId);
  const from = await required(
    ctx.loaders.agency.load(current.responsibleAgencyId),
    `agency ${current.responsibleAgencyId} of case ${current.id}`,
  );
  const to = await requireAgency(ctx, 'input.toAgencyId', input.toAgencyId);
  const today = vietnamDate(now);
  if (inForceOn(from, today)) await requireAgencyWriter(ctx, operation, 'input.caseId', from);
  else await requireAgencyWriter(ctx, operation, 'input.toAgencyId', to);

  const transferredOn = requireNotFuture('input.transferredOn', input.transferredOn, now);
  const reason = requireText('input.reason', input.reason, MAX_REASON_LENGTH);
  if (!Number.isInteger(input.version) || input.version < 1) {
    throw badInput('input.version', input.version, 'the version the case was read at, 1 or more');
  }
  if (!OPEN_STATUSES.includes(current.status)) {
    throw badInput('input.caseId', current.id, `an open case: ${current.reference} is ${current.status}`);
  }
  if (transferredOn < current.openedOn) {
    throw badInput('input.transferredOn', transferredOn, `a day not before the case was opened (${current.openedOn})`);
  }
  if (!inForceOn(to, transferredOn)) {
    throw badInput(
      'input.toAgencyId',
      to.id,
      `an agency in force on ${transferredOn} (${to.id}: ${to.validFrom ?? 'the start'} to ${to.validTo ?? 'today'})`,
    );
  }
  if (!inForceOn(from, transferredOn)) {
    // Once the agency has ended, only one whose unit carries on the case's unit may take the case up.
    const placed = await ctx.organizations.find('StateAgency', to.id, ctx.authorization);
    if (!placed || !carriesOn(placed.unitPaths, current.unitPath)) {
      throw badInput('input.toAgencyId', to.id, `an agency whose unit carries on unit ${current.unitCode} of case ${current.reference}`);
    }
  }
  const changed = await storeCaseTransfer(ctx.db, ctx.viewer, {
    current,
    to,
    transferredOn,
    reason,
    version: input.version,
    idempotencyKey: input.idempotencyKey,
  });
  ctx.loaders.case.clear(changed.id).prime(changed.id, changed);
  ctx.loaders.caseByReference.clear(changed.reference).prime(changed.reference, changed);
  ctx.loaders.caseTransfers.clear(changed.id);
  return changed;
}
