import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  badInput,
  checkRange,
  ERRORS,
  MAX_LONG_TEXT,
  NamedOrganization,
  optionalText,
  organizationRef,
  requireEditor,
  requireNotFuture,
  requireOrganizations,
  requireText,
  requireWriter,
  runMutation,
  vietnamDate,
  type OrganizationRef,
  MAX_TITLE_LENGTH,
  requireInForceToday,
} from '../../../lib';
import type { Context } from '../context';
import { CoordinationProgramEntity, ProgramParticipantEntity, ProgramReviewEntity } from '../entities';
import type {
  AddProgramParticipantsInput,
  AddProgramReviewInput,
  CreateCoordinationProgramInput,
  ProgramParticipantInput,
} from '../generated/resolvers';
import { aboveCommission } from '../hierarchy';
import { MAX_YEAR, MIN_YEAR } from '../reporting/periods';
import { visibleDocuments } from '../queries';
import { requireCommission } from './inputs';

export const MAX_RESPONSIBILITY_LENGTH = 1_000;

/** A participant as checked from the input, joining on `joinedOn` (the program's start when the input gives none). */
interface ParticipantFields {
  field: string;
  organization: NamedOrganization;
  responsibility: string | null;
  joinedOn: string;
}

const sameOrganization = (a: OrganizationRef, b: OrganizationRef) => a.type === b.type && a.id === b.id;

/** A participant joins while the program runs: from its start (the default) to its end. */
function joinedOn(field: string, given: string | null | undefined, startsOn: string, endsOn: string | null): string {
  const date = given ?? startsOn;
  if (date < startsOn || (endsOn !== null && date > endsOn)) {
    throw badInput(`${field}.joinedOn`, date, `a date from the program's start (${startsOn}) to its end (${endsOn ?? 'open-ended'})`);
  }
  return date;
}

/**
 * The participants of an input, each checked for shape and for the program's dates;
 * one organization listed twice is refused.
 */
function validateParticipants(
  participants: readonly ProgramParticipantInput[],
  startsOn: string,
  endsOn: string | null,
): ParticipantFields[] {
  const checked: ParticipantFields[] = [];
  participants.forEach((participant, i) => {
    const field = `input.participants[${i}]`;
    const organization = organizationRef(`${field}.organization`, participant.organization);
    if (checked.some((earlier) => sameOrganization(earlier.organization, organization))) {
      throw badInput(`${field}.organization`, participant.organization, 'an organization not listed earlier in input.participants');
    }
    checked.push({
      field,
      organization,
      responsibility: optionalText(`${field}.responsibility`, participant.responsibility, MAX_RESPONSIBILITY_LENGTH),
      joinedOn: joinedOn(field, participant.joinedOn, startsOn, endsOn),
    });
  });
  return checked;
}

/** What of the participants makes the request: the fingerprint of its idempotency key. */
const participantValues = (participants: readonly ParticipantFields[]) =>
  participants.map(({ organization: { type, id }, responsibility, joinedOn: date }) => ({
    organization: { type, id },
    responsibility,
    joinedOn: date,
  }));

/** No participant may take part already (the lead commission is always the first participant). */
function requireNewcomers(participants: readonly ParticipantFields[], current: readonly OrganizationRef[]): void {
  for (const participant of participants) {
    if (current.some((organization) => sameOrganization(organization, participant.organization))) {
      const { type, id } = participant.organization;
      throw badInput(`${participant.field}.organization`, { type, id }, 'an organization that does not take part in the program yet');
    }
  }
}

/** The lead commission owns a program; above it are its committee and the commissions and committees of the units above. */
async function programWriters(manager: EntityManager, leadCommissionId: string, field: string) {
  const lead = await requireCommission(manager, field, leadCommissionId);
  const owner: OrganizationRef = { type: 'MassMobilizationCommission', id: lead.id };
  return { lead, owner, above: await aboveCommission(manager, lead.partyCommitteeId) };
}

/**
 * A program by id, or NOT_FOUND. `lock`ed for a change, until the transaction ends,
 * so that concurrent additions to it queue up.
 */
async function requireProgram(manager: EntityManager, id: string, { lock = false } = {}): Promise<CoordinationProgramEntity> {
  const query = manager.createQueryBuilder(CoordinationProgramEntity, 'p').where('p.id = :id', { id });
  const program = await (lock ? query.setLock('pessimistic_write') : query).getOne();
  if (!program) throw ERRORS.NOT_FOUND.err(`input.programId: no coordination program has id ${id}`, { field: 'input.programId' });
  return program;
}

/**
 * Who may change a program, settled before anything of the input is checked, so
 * that a caller who may not learns nothing from those checks (not that a year was
 * reviewed already, nor who takes part): the lead commission owns it, and neither
 * a program's lead nor its dates change by any mutation, so this is read outside
 * the change's transaction.
 */
async function authorizeProgramChange(ctx: Context, operation: string, programId: string) {
  requireEditor(ctx.viewer, operation);
  const program = await requireProgram(ctx.db.manager, programId);
  const { owner, above } = await programWriters(ctx.db.manager, program.leadCommissionId, 'input.programId');
  requireWriter(ctx.viewer, operation, 'input.programId', owner, above);
  return { program, owner };
}

async function participantsOf(manager: EntityManager, programId: string): Promise<ProgramParticipantEntity[]> {
  return manager.find(ProgramParticipantEntity, { where: { programId }, order: { position: 'ASC' } });
}

async function reviewsOf(manager: EntityManager, programId: string): Promise<ProgramReviewEntity[]> {
  return manager.find(ProgramReviewEntity, { where: { programId }, order: { year: 'ASC' } });
}

/** What the audit row keeps of a program: its fields, version, participants and reviews (the unit path is derived). */
function snapshot(
  program: CoordinationProgramEntity,
  participants: readonly ProgramParticipantEntity[],
  reviews: readonly ProgramReviewEntity[],
): object {
  const { unitPath: _path, ...fields } = program;
  return {
    ...fields,
    participants: participants.map(({ programId: _id, ...participant }) => participant),
    reviews: reviews.map(({ programId: _id, ...review }) => review),
  };
}

/**
 * Bumps a changed program's version (its participants and reviews are part of it)
 * and gives the program as it now is. The program is locked (`requireProgram`), so the
 * version read with it is the one being incremented.
 */
async function touch(manager: EntityManager, program: CoordinationProgramEntity): Promise<CoordinationProgramEntity> {
  await manager.query('UPDATE coordination_program SET version = version + 1 WHERE id = $1', [program.id]);
  return Object.assign(program, { version: program.version + 1 });
}

/** A retry: the program the key first produced, as it is now. */
const replayProgram = async (manager: EntityManager, id: string) => manager.findOneByOrFail(CoordinationProgramEntity, { id });

/**
 * `createCoordinationProgram` (Decision 23-QĐ/TW, chapter 3: the Mass Mobilization
 * Commissions lead the coordination of mass-mobilization work between agencies).
 * The lead commission owns the program and is its first participant; an editor of
 * the commission, of its committee or of a commission or committee above them may
 * create it. First who may create it, then the input, then the records it names: the
 * document as the caller reads it, and each participant by its owner (a party body
 * in this database, another family's organization asked of its subgraph).
 */
export async function createCoordinationProgram(input: CreateCoordinationProgramInput, ctx: Context): Promise<CoordinationProgramEntity> {
  const operation = 'createCoordinationProgram';
  requireEditor(ctx.viewer, operation);
  // Commissions change by no mutation: read outside the transaction.
  const { lead, owner, above } = await programWriters(ctx.db.manager, input.leadCommissionId, 'input.leadCommissionId');
  requireWriter(ctx.viewer, operation, 'input.leadCommissionId', owner, above);
  // A new program is led by a commission in force today; an ended one's successor leads in its place.
  await requireInForceToday('input.leadCommissionId', lead, ctx.loaders.massMobilizationCommissionSuccessors);

  // Checked field by field in the SDL's order.
  const title = requireText('input.title', input.title, MAX_TITLE_LENGTH);
  const description = optionalText('input.description', input.description, MAX_LONG_TEXT);
  const startsOn = input.startsOn;
  const endsOn = input.endsOn ?? null;
  checkRange('input.startsOn', startsOn, 'input.endsOn', endsOn);
  const participants = validateParticipants(input.participants ?? [], startsOn, endsOn);
  const basedOnId = input.basedOnDocumentId ?? null;
  if (basedOnId !== null) {
    // Read as the caller reads: a document they may not see is one they cannot name.
    const exists = await visibleDocuments(ctx.db.manager, ctx.viewer).andWhere('d.id = :id', { id: basedOnId }).getExists();
    if (!exists) {
      throw ERRORS.NOT_FOUND.err(`input.basedOnDocumentId: no party document has id ${basedOnId}`, { field: 'input.basedOnDocumentId' });
    }
  }
  await requireOrganizations(
    ctx,
    participants.map((p) => p.organization),
  );
  requireNewcomers(participants, [owner]);
  const fields = {
    title,
    description,
    leadCommissionId: lead.id,
    basedOnId,
    startsOn,
    endsOn,
    participants: participantValues(participants),
    idempotencyKey: input.idempotencyKey ?? null,
  };

  return runMutation(
    ctx.db,
    ctx.viewer,
    // The normalized input is the fingerprint: an omitted field and an explicit null are the same request.
    { operation, recordType: 'CoordinationProgram', input: fields },
    async (manager) => {
      const program = manager.create(CoordinationProgramEntity, {
        id: randomUUID(),
        title: fields.title,
        description: fields.description,
        leadCommissionId: lead.id,
        basedOnId: fields.basedOnId,
        startsOn,
        endsOn,
        // A program works in its lead commission's area.
        unitCode: lead.unitCode,
        unitPath: lead.unitPath,
        version: 1,
      });
      await manager.insert(CoordinationProgramEntity, program);
      const rows: ProgramParticipantEntity[] = [
        {
          programId: program.id,
          organizationType: owner.type,
          organizationId: owner.id,
          responsibility: null,
          joinedOn: startsOn,
          position: 0,
        },
        ...fields.participants.map((p, i) => ({
          programId: program.id,
          organizationType: p.organization.type,
          organizationId: p.organization.id,
          responsibility: p.responsibility,
          joinedOn: p.joinedOn,
          position: i + 1,
        })),
      ];
      await manager.insert(ProgramParticipantEntity, rows);
      return { record: program, recordId: program.id, owner, before: null, after: snapshot(program, rows, []) };
    },
    replayProgram,
  );
}

/**
 * `addProgramParticipants`: organizations of any family join a running program, after
 * those already in it; each must exist by its owner's records. Whether one takes part
 * already is decided inside the transaction, on the locked program, so that two
 * concurrent additions of one organization add it once.
 */
export async function addProgramParticipants(input: AddProgramParticipantsInput, ctx: Context): Promise<CoordinationProgramEntity> {
  const operation = 'addProgramParticipants';
  const { program: found, owner } = await authorizeProgramChange(ctx, operation, input.programId);
  if (input.participants.length === 0) throw badInput('input.participants', [], 'at least one organization');
  const participants = validateParticipants(input.participants, found.startsOn, found.endsOn);
  await requireOrganizations(
    ctx,
    participants.map((p) => p.organization),
  );
  const fields = {
    programId: found.id,
    participants: participantValues(participants),
    idempotencyKey: input.idempotencyKey ?? null,
  };

  return runMutation(
    ctx.db,
    ctx.viewer,
    { operation, recordType: 'CoordinationProgram', input: fields },
    async (manager) => {
      const program = await requireProgram(manager, found.id, { lock: true });
      const current = await participantsOf(manager, program.id);
      requireNewcomers(
        participants,
        current.map((p) => ({ type: p.organizationType, id: p.organizationId })),
      );

      const reviews = await reviewsOf(manager, program.id);
      const before = snapshot(program, current, reviews);
      const next = Math.max(...current.map((p) => p.position)) + 1;
      const rows: ProgramParticipantEntity[] = fields.participants.map((p, i) => ({
        programId: program.id,
        organizationType: p.organization.type,
        organizationId: p.organization.id,
        responsibility: p.responsibility,
        joinedOn: p.joinedOn,
        position: next + i,
      }));
      await manager.insert(ProgramParticipantEntity, rows);
      const changed = await touch(manager, program);
      return { record: changed, recordId: program.id, owner, before, after: snapshot(changed, [...current, ...rows], reviews) };
    },
    replayProgram,
  );
}

/**
 * `addProgramReview`: the yearly review conference (sơ kết, tổng kết) of a program,
 * one per year of the program, held in or after the year it reviews and not in the
 * future. Whether the year was reviewed already is told only to those who may add
 * its review (issue: an outsider learned "2023 was reviewed on 2023-12-20").
 */
export async function addProgramReview(
  input: AddProgramReviewInput,
  ctx: Context,
  now: Date = new Date(),
): Promise<CoordinationProgramEntity> {
  const operation = 'addProgramReview';
  const { program: found, owner } = await authorizeProgramChange(ctx, operation, input.programId);
  if (!Number.isInteger(input.year) || input.year < MIN_YEAR || input.year > MAX_YEAR) {
    throw badInput('input.year', input.year, `a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  const heldOn = requireNotFuture('input.heldOn', input.heldOn, now);
  if (heldOn < `${input.year}-01-01`) {
    throw badInput('input.heldOn', heldOn, `a date not before the start of the year reviewed (${input.year}-01-01)`);
  }
  const summary = requireText('input.summary', input.summary, MAX_LONG_TEXT);
  const firstYear = Number(found.startsOn.slice(0, 4));
  // An open-ended program runs until today; its later years have not come yet.
  const lastYear = Number((found.endsOn ?? vietnamDate(now)).slice(0, 4));
  if (input.year < firstYear || input.year > lastYear) {
    throw badInput('input.year', input.year, `a year of the program, from ${firstYear} to ${lastYear}`);
  }
  const fields = {
    programId: found.id,
    year: input.year,
    heldOn,
    summary,
    idempotencyKey: input.idempotencyKey ?? null,
  };

  return runMutation(
    ctx.db,
    ctx.viewer,
    { operation, recordType: 'CoordinationProgram', input: fields },
    async (manager) => {
      const program = await requireProgram(manager, fields.programId, { lock: true });
      const reviews = await reviewsOf(manager, program.id);
      const held = reviews.find((review) => review.year === fields.year);
      if (held) throw badInput('input.year', fields.year, `a year not reviewed yet: ${fields.year} was reviewed on ${held.heldOn}`);

      const participants = await participantsOf(manager, program.id);
      const before = snapshot(program, participants, reviews);
      const review: ProgramReviewEntity = { programId: program.id, year: fields.year, heldOn: fields.heldOn, summary: fields.summary };
      await manager.insert(ProgramReviewEntity, review);
      const changed = await touch(manager, program);
      const after = snapshot(
        changed,
        participants,
        [...reviews, review].sort((a, b) => a.year - b.year),
      );
      return { record: changed, recordId: program.id, owner, before, after };
    },
    replayProgram,
  );
}
