import { randomUUID } from 'node:crypto';
import {
  badInput,
  isUuid,
  MAX_LONG_TEXT,
  MIN_YEAR,
  optionalText,
  organizationRef,
  requireEditor,
  requireInForceToday,
  requireNotFuture,
  requireOrganizations,
  requireRecord,
  requireText,
  requireWriter,
  runMutation,
  type NamedOrganization,
  type OrganizationRef,
} from '../../../lib';
import type { Context } from '../context';
import { type PartyCommitteeEntity, WorkingSessionCaseEntity, WorkingSessionEntity, WorkingSessionParticipantEntity } from '../entities';
import type { RecordWorkingSessionInput } from '../generated/resolvers';
import { aboveUnitCommittee } from '../hierarchy';
import { requireCommittee } from './inputs';

/** The limits of a session's input (and of its tables: migrations/1736200000000-WorkingSessions.ts). */
export const MAX_PARTICIPANTS = 50;
export const MAX_TOPICS = 20;
export const MAX_TOPIC_LENGTH = 500;
export const MAX_CASES = 20;

const OPERATION = 'recordWorkingSession';

/** Whether a list holds `count` items from `min` to `max`: else BAD_USER_INPUT naming the list. */
function requireCountOf(field: string, count: number, min: number, max: number, what: string): void {
  if (count < min || count > max) throw badInput(field, `${count} ${what}`, `${min} to ${max} ${what}`);
}

/** The participants, checked for shape, each listed once, none the committee that held the session. */
function validateParticipants(input: RecordWorkingSessionInput, committee: PartyCommitteeEntity): NamedOrganization[] {
  requireCountOf('input.participants', input.participants.length, 1, MAX_PARTICIPANTS, 'organizations');
  const checked: NamedOrganization[] = [];
  input.participants.forEach((participant, i) => {
    const field = `input.participants[${i}]`;
    const organization = organizationRef(field, participant);
    const shown = { type: participant.type, id: participant.id };
    if (organization.type === 'PartyCommittee' && organization.id === committee.id) {
      throw badInput(field, shown, `an organization the committee worked with, not ${committee.id}, which held the session`);
    }
    if (checked.some((earlier) => earlier.type === organization.type && earlier.id === organization.id)) {
      throw badInput(field, shown, 'an organization not listed earlier in input.participants');
    }
    checked.push(organization);
  });
  return checked;
}

/** The topics, trimmed, each given once. */
function validateTopics(topics: readonly string[]): string[] {
  requireCountOf('input.topics', topics.length, 1, MAX_TOPICS, 'topics');
  const checked: string[] = [];
  topics.forEach((topic, i) => {
    const text = requireText(`input.topics[${i}]`, topic, MAX_TOPIC_LENGTH);
    if (checked.includes(text)) throw badInput(`input.topics[${i}]`, text, 'a topic not listed earlier in input.topics');
    checked.push(text);
  });
  return checked;
}

/**
 * The ids of the cases discussed, checked for shape here (the state issues only UUIDs,
 * kept in lower case as it issues them), each once; whether each exists, and is one
 * the caller may see, is the state's to say (`requireRecord`).
 */
function validateCaseIds(caseIds: readonly string[]): string[] {
  requireCountOf('input.caseIds', caseIds.length, 0, MAX_CASES, 'cases');
  const checked: string[] = [];
  caseIds.forEach((id, i) => {
    if (!isUuid(id)) throw badInput(`input.caseIds[${i}]`, id, 'the id of a case, a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e');
    const normalized = id.toLowerCase();
    if (checked.includes(normalized)) throw badInput(`input.caseIds[${i}]`, id, 'a case not listed earlier in input.caseIds');
    checked.push(normalized);
  });
  return checked;
}

/**
 * Each case exists and the caller may see it, by the state's word, asked for all of
 * them at once; the first that fails, in input order, decides the error (NOT_FOUND, or
 * SERVICE_UNAVAILABLE when the state cannot be asked), whichever answer came first.
 */
async function requireCases(ctx: Context, caseIds: readonly string[]): Promise<void> {
  const answers = await Promise.allSettled(caseIds.map((id, i) => requireRecord(ctx, `input.caseIds[${i}]`, 'Case', id)));
  for (const answer of answers) if (answer.status === 'rejected') throw answer.reason;
}

/** What the audit row keeps of a session: every field a reader sees, its participants and cases, and its version (the unit path is derived). */
function snapshot(session: WorkingSessionEntity, participants: readonly OrganizationRef[], caseIds: readonly string[]): object {
  const { unitPath: _path, ...fields } = session;
  return { ...fields, participants, caseIds };
}

/**
 * `recordWorkingSession`: a working session a party committee held with the
 * commission, the Fatherland Front, the socio-political organizations and the agencies
 * of its unit (Decision 23-QĐ/TW, chapter 3, item 8). The committee owns it; an editor
 * of the committee, of its commission (which advises it on mass-mobilization work and
 * prepares these sessions) or of a commission or committee above them may record it.
 *
 * First who may record it, then the committee (in force today: an ended committee's
 * successor records in its place), then the input field by field in the SDL's order,
 * then the records it names, each by its owner: the participants (of any family, in
 * force today) and the cases (the state's). A caller who may not write learns nothing
 * from the checks of the input; nothing is written unless all of them pass.
 */
export async function recordWorkingSession(
  input: RecordWorkingSessionInput,
  ctx: Context,
  now: Date = new Date(),
): Promise<WorkingSessionEntity> {
  requireEditor(ctx.viewer, OPERATION);
  // Committees change by no mutation: read outside the transaction.
  const committee = await requireCommittee(ctx.db.manager, 'input.committeeId', input.committeeId);
  const owner: OrganizationRef = { type: 'PartyCommittee', id: committee.id };
  requireWriter(ctx.viewer, OPERATION, 'input.committeeId', owner, await aboveUnitCommittee(ctx.db.manager, committee.id));
  await requireInForceToday('input.committeeId', committee, ctx.loaders.partyCommitteeSuccessors);

  const heldOn = requireNotFuture('input.heldOn', input.heldOn, now);
  // Within the committee's validity: it is in force today, so from its first day (a committee
  // in force since before the graph's records begin: from the first year the graph keeps).
  const firstDay = committee.validFrom ?? `${MIN_YEAR}-01-01`;
  if (heldOn < firstDay) {
    throw badInput(
      'input.heldOn',
      heldOn,
      committee.validFrom ? `a day from ${firstDay}, when ${committee.id} was formed` : `a day from ${firstDay}`,
    );
  }
  const participants = validateParticipants(input, committee);
  const topics = validateTopics(input.topics);
  const conclusions = optionalText('input.conclusions', input.conclusions, MAX_LONG_TEXT);
  const caseIds = validateCaseIds(input.caseIds ?? []);
  await requireOrganizations(ctx, participants);
  await requireCases(ctx, caseIds);
  const fields = {
    committeeId: committee.id,
    heldOn,
    participants: participants.map(({ type, id }) => ({ type, id })),
    topics,
    conclusions,
    caseIds,
    classification: input.classification ?? 'PUBLIC',
    idempotencyKey: input.idempotencyKey ?? null,
  };

  return runMutation(
    ctx.db,
    ctx.viewer,
    // The normalized input is the request's fingerprint: an omitted field and an explicit null are the same request.
    { operation: OPERATION, recordType: 'WorkingSession', input: fields },
    async (manager) => {
      const session = manager.create(WorkingSessionEntity, {
        id: randomUUID(),
        committeeId: committee.id,
        heldOn: fields.heldOn,
        // Placed where its committee leads: counted, listed and seen there.
        unitCode: committee.unitCode,
        unitPath: committee.unitPath,
        topics: fields.topics,
        conclusions: fields.conclusions,
        classification: fields.classification,
        version: 1,
      });
      await manager.insert(WorkingSessionEntity, session);
      await manager.insert(
        WorkingSessionParticipantEntity,
        fields.participants.map((p, position) => ({ sessionId: session.id, organizationType: p.type, organizationId: p.id, position })),
      );
      if (fields.caseIds.length > 0) {
        await manager.insert(
          WorkingSessionCaseEntity,
          fields.caseIds.map((caseId, position) => ({ sessionId: session.id, caseId, position })),
        );
      }
      return { record: session, recordId: session.id, owner, before: null, after: snapshot(session, fields.participants, fields.caseIds) };
    },
    async (manager, id) => manager.findOneByOrFail(WorkingSessionEntity, { id }),
  );
}
