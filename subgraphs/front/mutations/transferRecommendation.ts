import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  badInput,
  carriesOn,
  ERRORS,
  inForceOn,
  lockVersioned,
  organizationRef,
  ownerUnavailable,
  PeerUnavailableError,
  requireEditor,
  requireNotFuture,
  requireOrganizations,
  requireText,
  requireWriter,
  runMutation,
  type OrganizationRef,
  type PlacedOrganization,
  type Viewer,
} from '../../../lib';
import type { Context } from '../context';
import { RecommendationEntity, RecommendationTransferEntity, SupervisionEntity } from '../entities';
import type { RecommendationStatus } from '../entities/Recommendation';
import type { TransferRecommendationInput } from '../generated/resolvers';
import { superiorsOf } from '../hierarchy';

const OPERATION = 'transferRecommendation';
const RECOMMENDATION_ID = 'input.recommendationId';
export const MAX_TRANSFER_REASON_LENGTH = 2_000;

/** The statuses that still wait on the addressee: the others are its final answer. */
export const OPEN_RECOMMENDATION_STATUSES: readonly RecommendationStatus[] = ['PENDING', 'ACCEPTED', 'IN_PROGRESS'];

/** What a transfer changes, checked: the recommendation as read, its owner, the new addressee, the day and why. */
export interface RecommendationTransferChange {
  current: RecommendationEntity;
  /** The conducting organization, which owns the recommendation (its audit row's owner). */
  owner: OrganizationRef;
  to: OrganizationRef;
  transferredOn: string;
  reason: string;
  version: number;
  idempotencyKey: string | null;
  /** Checks of the recommendation as locked, run only when the key is new (a retry replays the first result instead). */
  check?: (current: RecommendationEntity) => void;
}

/**
 * Stores a checked transfer: the recommendation's new addressee and version, the
 * transfer row and the audit row, in one transaction (the library's `runMutation`,
 * with its idempotency key). `transferRecommendation` checks and authorizes before
 * calling it; the demo seed calls it for the recommendations the 2025
 * reorganization left open.
 */
export function storeRecommendationTransfer(
  db: DataSource,
  viewer: Viewer,
  change: RecommendationTransferChange,
): Promise<RecommendationEntity> {
  const { current, owner, to, transferredOn, reason } = change;
  const input = {
    recommendationId: current.id,
    to,
    transferredOn,
    reason,
    version: change.version,
    idempotencyKey: change.idempotencyKey,
  };
  return runMutation(
    db,
    viewer,
    { operation: OPERATION, recordType: 'Recommendation', input },
    async (manager) => {
      const before = await lockVersioned(manager, RecommendationEntity, 'recommendation', RECOMMENDATION_ID, current.id, change.version);
      change.check?.(before);
      const last = await manager.findOne(RecommendationTransferEntity, {
        where: { recommendationId: before.id },
        order: { transferredOn: 'DESC' },
      });
      if (last && transferredOn <= last.transferredOn) {
        throw badInput('input.transferredOn', transferredOn, `a day after the recommendation's last transfer (${last.transferredOn})`);
      }
      await manager.insert(RecommendationTransferEntity, {
        id: randomUUID(),
        recommendationId: before.id,
        fromType: before.addressedToType,
        fromId: before.addressedToId,
        toType: to.type,
        toId: to.id,
        transferredOn,
        reason,
      });
      const changes = { addressedToType: to.type, addressedToId: to.id, version: before.version + 1 };
      await manager.update(RecommendationEntity, { id: before.id }, changes);
      const after = manager.create(RecommendationEntity, { ...before, ...changes });
      return {
        record: after,
        recordId: after.id,
        owner,
        before: { ...before },
        after: { ...after, transfer: { from: { type: before.addressedToType, id: before.addressedToId }, to, on: transferredOn, reason } },
      };
    },
    (manager, id) => manager.findOneByOrFail(RecommendationEntity, { id }),
  );
}

/** The recommendation's addressee as its owner records it (validity, unit); it was checked when the recommendation was made. */
async function currentAddressee(ctx: Context, recommendation: RecommendationEntity): Promise<PlacedOrganization> {
  const { addressedToType: type, addressedToId: id } = recommendation;
  try {
    const found = await ctx.organizations.find(type, id, ctx.authorization);
    if (!found) throw new Error(`${type} ${id}, addressee of recommendation ${recommendation.id}, is not in its owner's records`);
    return found;
  } catch (error) {
    if (error instanceof PeerUnavailableError) throw ownerUnavailable(RECOMMENDATION_ID, error);
    throw error;
  }
}

/**
 * `transferRecommendation`: hands an open recommendation whose addressee has ended to
 * the organization that carries the addressee's unit on (design section 10: open
 * records move on). The recommendation belongs to the supervision's conducting
 * organization, which follows it up (Decision 217-QĐ/TW), so an editor of it or of an
 * organization above it (its successor, when it has ended too) hands it over.
 * Authorization comes before the checks of the rest of the input, so that a caller
 * who may not learns nothing from them.
 */
export async function transferRecommendation(
  input: TransferRecommendationInput,
  ctx: Context,
  now: Date = new Date(),
): Promise<RecommendationEntity> {
  requireEditor(ctx.viewer, OPERATION);
  const current = await ctx.db.manager.findOneBy(RecommendationEntity, { id: input.recommendationId });
  if (!current) {
    throw ERRORS.NOT_FOUND.err(`${RECOMMENDATION_ID}: no recommendation has id ${input.recommendationId}`, { field: RECOMMENDATION_ID });
  }
  const supervision = await ctx.db.manager.findOneByOrFail(SupervisionEntity, { id: current.supervisionId });
  const owner: OrganizationRef = { type: 'FrontOrganization', id: supervision.conductedById };
  requireWriter(ctx.viewer, OPERATION, RECOMMENDATION_ID, owner, await superiorsOf(ctx.db.manager, owner.id));

  const transferredOn = requireNotFuture('input.transferredOn', input.transferredOn, now);
  const reason = requireText('input.reason', input.reason, MAX_TRANSFER_REASON_LENGTH);
  if (!Number.isInteger(input.version) || input.version < 1) {
    throw badInput('input.version', input.version, 'the version the recommendation was read at, a whole number from 1');
  }
  const named = organizationRef('input.to', input.to);
  if (transferredOn < supervision.startedOn) {
    throw badInput('input.transferredOn', transferredOn, `a day not before the supervision started (${supervision.startedOn})`);
  }
  // The new addressee exists and is in force today (NOT_FOUND, or BAD_USER_INPUT naming its end).
  const [to] = await requireOrganizations(ctx, [named]);
  const from = await currentAddressee(ctx, current);
  // Checked on the locked row, after the idempotency key: a retry of a transfer that happened replays it.
  const check = (locked: RecommendationEntity) => {
    if (!OPEN_RECOMMENDATION_STATUSES.includes(locked.status)) {
      throw badInput(
        RECOMMENDATION_ID,
        locked.id,
        `an open recommendation (${OPEN_RECOMMENDATION_STATUSES.join(', ')}): it is ${locked.status}`,
      );
    }
    if (inForceOn(from, transferredOn)) {
      const end = from.validTo === null ? 'it is in force' : `on ${from.validTo}`;
      throw badInput(
        'input.transferredOn',
        transferredOn,
        `a day after the addressee ${from.id} ended (${end}): only an ended addressee's recommendations move on`,
      );
    }
    if (!inForceOn(to, transferredOn)) {
      throw badInput(
        'input.to.id',
        to.id,
        `an organization in force on ${transferredOn} (${to.id}: ${to.validFrom ?? 'the start'} to ${to.validTo ?? 'today'})`,
      );
    }
    if (!carriesOn(to.unitPaths, from.unitPath)) {
      throw badInput('input.to.id', to.id, `an organization whose unit carries on unit ${from.unitCode} of the addressee ${from.id}`);
    }
  };
  const changed = await storeRecommendationTransfer(ctx.db, ctx.viewer, {
    current,
    owner,
    to: { type: to.type, id: to.id },
    transferredOn,
    reason,
    version: input.version,
    idempotencyKey: input.idempotencyKey,
    check,
  });
  ctx.loaders.recommendationTransfers.clear(changed.id);
  return changed;
}
