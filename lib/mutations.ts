import { createHash } from 'node:crypto';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Viewer } from './auth';
import { AuditEntryEntity } from './audit';
import type { OrganizationRef } from './authorization';
import { badInput, ERRORS } from './errors';

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

export interface MutationRequest {
  /** The mutation's name, e.g. `openCase`: recorded in the audit row and bound to the idempotency key. */
  operation: string;
  /** The GraphQL type of the record it creates or changes, e.g. `Case`. */
  recordType: string;
  /** The mutation's input as given; its fingerprint (without the key) decides whether a retry is the same request. */
  input: { idempotencyKey?: string | null } & object;
}

export interface MutationOutcome<R> {
  record: R;
  recordId: string;
  /** The organization that owns the record (whose admins read its audit log). */
  owner: OrganizationRef;
  /** The record before the change; null when the change created it. */
  before: object | null;
  after: object;
}

/** JSON with keys in a fixed order, so equal inputs have equal fingerprints. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

function fingerprint(input: object): string {
  const { idempotencyKey: _key, ...rest } = input as { idempotencyKey?: unknown };
  return createHash('sha256')
    .update(JSON.stringify(canonical(rest)))
    .digest('hex');
}

/**
 * Runs a mutation the way design section 7 asks: in one transaction, with its
 * audit row written in that same transaction, and with its idempotency key (every
 * mutation input requires one: a caller told that the outcome is unknown must be
 * able to send it again safely). The key is claimed first: a concurrent request with the same key waits on
 * the claim and then replays the first one's result; the same key with other
 * input is a CONFLICT; a failure anywhere rolls back the change, the audit row
 * and the claim together, so nothing is half-written.
 */
export async function runMutation<R>(
  db: DataSource,
  viewer: Viewer,
  request: MutationRequest,
  change: (manager: EntityManager) => Promise<MutationOutcome<R>>,
  replay: (manager: EntityManager, recordId: string) => Promise<R>,
): Promise<R> {
  const key = request.input.idempotencyKey ?? null;
  if (key !== null && (key.length < 1 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
    throw badInput('input.idempotencyKey', key, `text of 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`);
  }
  const requestHash = fingerprint(request.input);
  const scope = [viewer.org.type, viewer.org.id, key];
  return db.transaction(async (manager) => {
    if (key !== null) {
      const claimed = await manager.query(
        `INSERT INTO idempotency_key (organization_type, organization_id, key, operation, request_hash)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING key`,
        [...scope, request.operation, requestHash],
      );
      if (claimed.length === 0) {
        const [first] = await manager.query(
          `SELECT operation, request_hash, record_id FROM idempotency_key
            WHERE organization_type = $1 AND organization_id = $2 AND key = $3`,
          scope,
        );
        if (first.operation !== request.operation || first.request_hash !== requestHash) {
          throw ERRORS.CONFLICT.err(
            `input.idempotencyKey: "${key}" was already used by ${viewer.org.type} ${viewer.org.id} for a different ${first.operation} request`,
            { field: 'input.idempotencyKey' },
          );
        }
        return replay(manager, first.record_id);
      }
    }
    const outcome = await change(manager);
    await manager.insert(AuditEntryEntity, {
      // Milliseconds, as JavaScript keeps them: the audit log's cursors carry this value.
      occurredAt: new Date(),
      actorSubject: viewer.sub,
      actorOrganizationType: viewer.org.type,
      actorOrganizationId: viewer.org.id,
      ownerOrganizationType: outcome.owner.type,
      ownerOrganizationId: outcome.owner.id,
      operation: request.operation,
      recordType: request.recordType,
      recordId: outcome.recordId,
      before: outcome.before,
      after: outcome.after,
      idempotencyKey: key,
    });
    if (key !== null) {
      await manager.query(`UPDATE idempotency_key SET record_id = $4 WHERE organization_type = $1 AND organization_id = $2 AND key = $3`, [
        ...scope,
        outcome.recordId,
      ]);
    }
    return outcome.record;
  });
}

/**
 * Reads a mutable record for a change, locked until the transaction ends, and
 * checks the version the caller read it at: a concurrent change made since is a
 * CONFLICT (the second of two updates with the same version waits on the lock,
 * then finds the version moved on).
 */
export async function lockVersioned<T extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  what: string,
  idField: string,
  id: string,
  version: number,
): Promise<T> {
  const record = await manager.createQueryBuilder(entity, 'r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  if (!record) throw ERRORS.NOT_FOUND.err(`${idField}: no ${what} has id ${id}`, { field: idField });
  if (record.version !== version) {
    throw ERRORS.CONFLICT.err(
      `input.version: ${what} ${id} is at version ${record.version}, not ${version}: it changed since it was read; read it again`,
      { field: 'input.version' },
    );
  }
  return record;
}
