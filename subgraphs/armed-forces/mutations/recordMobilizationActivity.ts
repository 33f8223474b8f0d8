import { randomUUID } from 'node:crypto';
import {
  badInput,
  checkRange,
  ERRORS,
  MAX_LONG_TEXT,
  optionalText,
  requireCount,
  requireEditor,
  requireNotFuture,
  requireRecord,
  requireText,
  requireUnitPath,
  requireWriter,
  runMutation,
  MAX_TITLE_LENGTH,
  isUuid,
} from '../../../lib';
import type { Context } from '../context';
import { MobilizationActivityEntity } from '../entities/MobilizationActivity';
import type { RecordMobilizationActivityInput } from '../generated/resolvers';
import { commandChain } from '../hierarchy';
import { activities } from '../queries';

const OPERATION = 'recordMobilizationActivity';

/**
 * The id of another family's record (a case of the state subgraph, a coordination
 * program of the party subgraph), checked for shape here; whether it exists is its
 * owner's to say (`requireRecord`). Kept in lower case, the form their owners issue.
 * Stricter than the library's `requireIdShape` (any organization id): both owners
 * issue only UUIDs, so anything else is refused as bad input without asking them.
 */
function optionalForeignId(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!isUuid(value)) throw badInput(field, value, 'a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e');
  return value.toLowerCase();
}

/** The input, checked field by field in the SDL's order and normalized (trimmed text, null for what was omitted). */
function validate(input: RecordMobilizationActivityInput, now: Date) {
  const title = requireText('input.title', input.title, MAX_TITLE_LENGTH);
  const startedOn = requireNotFuture('input.startedOn', input.startedOn, now);
  // Placed in the unit as it stood on the day the activity started.
  const unitPath = requireUnitPath('input.unitCode', input.unitCode, startedOn);
  const endedOn = input.endedOn ?? null;
  checkRange('input.startedOn', startedOn, 'input.endedOn', endedOn);
  return {
    title,
    kind: input.kind,
    // Whether this unit exists is known only inside the transaction (NOT_FOUND there).
    conductedById: input.conductedById,
    unitCode: input.unitCode,
    unitPath,
    startedOn,
    endedOn,
    personnel: requireCount('input.personnel', input.personnel),
    manDays: requireCount('input.manDays', input.manDays),
    householdsReached: requireCount('input.householdsReached', input.householdsReached),
    description: optionalText('input.description', input.description, MAX_LONG_TEXT),
    caseId: optionalForeignId('input.caseId', input.caseId),
    coordinationProgramId: optionalForeignId('input.coordinationProgramId', input.coordinationProgramId),
    classification: input.classification ?? 'PUBLIC',
    idempotencyKey: input.idempotencyKey ?? null,
  };
}

/** What the audit row keeps of an activity: every field a reader of the record sees, and its version. */
function snapshot(activity: MobilizationActivityEntity): object {
  const { createdAt: _created, updatedAt: _updated, unitPath: _path, ...fields } = activity;
  return fields;
}

/**
 * `recordMobilizationActivity`: first who may write for the conducting unit, then the
 * input, then the records of other families it names (by their owners), then the
 * activity and its audit row in one transaction (design sections 6 and 7). The
 * conducting unit owns the record; an editor of that unit or of a unit above it in
 * its chain of command may record it (the district military command for its commune,
 * the province for its district), never a sibling, a subordinate or another family.
 * Authorization comes first so that a caller who may not write learns nothing from
 * the checks of the input.
 */
export async function recordMobilizationActivity(
  input: RecordMobilizationActivityInput,
  ctx: Context,
  now: Date = new Date(),
): Promise<MobilizationActivityEntity> {
  requireEditor(ctx.viewer, OPERATION);
  // The chain of command changes by no mutation: read once, outside the transaction.
  const chain = await commandChain(ctx.db, input.conductedById);
  if (!chain) {
    throw ERRORS.NOT_FOUND.err(`input.conductedById: no armed unit has id ${input.conductedById}`, { field: 'input.conductedById' });
  }
  const owner = { type: 'ArmedUnit' as const, id: chain.unit.id };
  requireWriter(ctx.viewer, OPERATION, 'input.conductedById', owner, chain.above);

  const fields = validate(input, now);
  // A unit works in its own area: where it is stationed or below it (a central unit, stationed in VN, anywhere).
  if (!fields.unitPath.startsWith(chain.unit.unitPath)) {
    throw badInput(
      'input.unitCode',
      fields.unitCode,
      `the unit where ${chain.unit.id} is stationed (${chain.unit.unitCode}) or a unit below it`,
    );
  }
  if (fields.caseId) await requireRecord(ctx, 'input.caseId', 'Case', fields.caseId);
  if (fields.coordinationProgramId)
    await requireRecord(ctx, 'input.coordinationProgramId', 'CoordinationProgram', fields.coordinationProgramId);

  return runMutation(
    ctx.db,
    ctx.viewer,
    // The normalized input is the request's fingerprint: an omitted field and an explicit null are the same request.
    { operation: OPERATION, recordType: 'MobilizationActivity', input: fields },
    async (manager) => {
      const { idempotencyKey: _key, ...values } = fields;
      const activity = manager.create(MobilizationActivityEntity, {
        ...values,
        id: randomUUID(),
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(MobilizationActivityEntity, activity);
      return { record: activity, recordId: activity.id, owner, before: null, after: snapshot(activity) };
    },
    // A retry: the activity the key first produced, read as every read is.
    async (manager, recordId) => (await activities(manager, ctx.viewer).andWhere('a.id = :recordId', { recordId }).getOne())!,
  );
}
