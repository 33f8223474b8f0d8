import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  badInput,
  MAX_LONG_TEXT,
  optionalText,
  requireCount,
  requireEditor,
  requireNotFuture,
  requireText,
  runMutation,
  MAX_TITLE_LENGTH,
} from '../../../lib';
import type { Context } from '../context';
import type { Case } from '../entities/Case';
import { Dialogue } from '../entities/Dialogue';
import type { RecordDialogueInput } from '../generated/resolvers';
import { requireAgencyWriter, requireUnitServed } from '../hierarchy';
import { requireAgency, requireUnit, requireVisibleCase } from './inputs';
import { dialogueSnapshot } from './snapshots';

export const MAX_OFFICIAL_TEXT_LENGTH = 100;

/**
 * `recordDialogue`: a dialogue held by an agency's leaders with the people (Law
 * on Grassroots Democracy, 2022). The host agency owns the record; the dialogue
 * was held in its unit or a unit below it, and its level is that unit's. Who may
 * record it is settled first, so that a caller who may not learns nothing from the
 * checks of the input (nor of the case it names).
 */
export async function recordDialogue(input: RecordDialogueInput, ctx: Context): Promise<Dialogue> {
  requireEditor(ctx.viewer, 'recordDialogue');
  const agency = await requireAgency(ctx, 'input.hostAgencyId', input.hostAgencyId);
  await requireAgencyWriter(ctx, 'recordDialogue', 'input.hostAgencyId', agency);

  const title = requireText('input.title', input.title, MAX_TITLE_LENGTH);
  const heldOn = requireNotFuture('input.heldOn', input.heldOn);
  const chairedBy = input.chairedBy
    ? {
        name: requireText('input.chairedBy.name', input.chairedBy.name, MAX_OFFICIAL_TEXT_LENGTH),
        title: requireText('input.chairedBy.title', input.chairedBy.title, MAX_OFFICIAL_TEXT_LENGTH),
      }
    : null;
  const participants = requireCount('input.participants', input.participants);
  const issuesRaised = requireCount('input.issuesRaised', input.issuesRaised);
  const issuesResolved = requireCount('input.issuesResolved', input.issuesResolved);
  if (issuesResolved > issuesRaised) {
    throw badInput('input.issuesResolved', issuesResolved, `at most input.issuesRaised (${issuesRaised})`);
  }
  const summary = optionalText('input.summary', input.summary, MAX_LONG_TEXT);
  const classification = input.classification ?? 'PUBLIC';
  const unit = await requireUnit(ctx, 'input.unitCode', input.unitCode, heldOn);
  requireUnitServed('input.unitCode', unit, agency, 'input.hostAgencyId');
  const about: Case | null = input.caseId == null ? null : await requireVisibleCase(ctx, 'input.caseId', input.caseId);
  // What is said at a dialogue about a RESTRICTED case is as sensitive as the case:
  // a PUBLIC record of it would show everyone what the case's classification withholds.
  if (about?.classification === 'RESTRICTED' && classification !== 'RESTRICTED') {
    throw badInput('input.classification', classification, `RESTRICTED: the dialogue is about RESTRICTED case ${about.reference}`);
  }

  return runMutation(
    ctx.db,
    ctx.viewer,
    { operation: 'recordDialogue', recordType: 'Dialogue', input },
    async (manager: EntityManager) => {
      const record: Dialogue = {
        id: randomUUID(),
        title,
        heldOn,
        unitCode: unit.code,
        unitPath: unit.path,
        level: unit.level,
        hostAgencyId: agency.id,
        chairedByName: chairedBy?.name ?? null,
        chairedByTitle: chairedBy?.title ?? null,
        participants,
        issuesRaised,
        issuesResolved,
        summary,
        caseId: about?.id ?? null,
        classification,
      };
      await manager.insert(Dialogue, record);
      return { record, recordId: record.id, owner: { type: 'StateAgency', id: agency.id }, before: null, after: dialogueSnapshot(record) };
    },
    (manager, id) => manager.findOneByOrFail(Dialogue, { id }),
  );
}
