import { randomUUID } from 'node:crypto';
import { EntityManager, QueryFailedError } from 'typeorm';
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
import { Case } from '../entities/Case';
import type { OpenCaseInput } from '../generated/resolvers';
import { requireAgencyWriter, requireUnitServed } from '../hierarchy';
import { requireAgency, requireUnit } from './inputs';
import { caseSnapshot } from './snapshots';

export const MAX_REFERENCE_LENGTH = 50;

/** The unique constraint on `citizen_case.reference` (Initial migration). */
const REFERENCE_CONSTRAINT = 'citizen_case_reference_key';

function referenceTaken(reference: string) {
  return badInput('input.reference', reference, 'a reference number no other case has');
}

/**
 * `openCase`: the responsible agency (or one above it) takes up a citizens' issue.
 * The agency owns the record; the case lies in its unit or a unit below it. Who may
 * open it is settled first, so that a caller who may not learns nothing from the
 * checks of the input.
 */
export async function openCase(input: OpenCaseInput, ctx: Context): Promise<Case> {
  requireEditor(ctx.viewer, 'openCase');
  const agency = await requireAgency(ctx, 'input.responsibleAgencyId', input.responsibleAgencyId);
  await requireAgencyWriter(ctx, 'openCase', 'input.responsibleAgencyId', agency);

  const reference = requireText('input.reference', input.reference, MAX_REFERENCE_LENGTH);
  const title = requireText('input.title', input.title, MAX_TITLE_LENGTH);
  const description = optionalText('input.description', input.description, MAX_LONG_TEXT);
  const householdsAffected = input.householdsAffected == null ? null : requireCount('input.householdsAffected', input.householdsAffected);
  const openedOn = requireNotFuture('input.openedOn', input.openedOn);
  const unit = await requireUnit(ctx, 'input.unitCode', input.unitCode, openedOn);
  requireUnitServed('input.unitCode', unit, agency, 'input.responsibleAgencyId');

  return runMutation(
    ctx.db,
    ctx.viewer,
    { operation: 'openCase', recordType: 'Case', input },
    async (manager: EntityManager) => {
      // Checked after authorization, so that only those who may open the case learn which references are taken.
      if (await manager.existsBy(Case, { reference })) throw referenceTaken(reference);
      const now = new Date();
      const record: Case = {
        id: randomUUID(),
        reference,
        title,
        description,
        category: input.category,
        status: 'RECEIVED',
        classification: input.classification ?? 'PUBLIC',
        unitCode: unit.code,
        unitPath: unit.path,
        responsibleAgencyId: agency.id,
        householdsAffected,
        openedOn,
        resolvedOn: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      try {
        await manager.insert(Case, record);
      } catch (error) {
        // A concurrent openCase took the reference between the check and the insert.
        if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === REFERENCE_CONSTRAINT) {
          throw referenceTaken(reference);
        }
        throw error;
      }
      return { record, recordId: record.id, owner: { type: 'StateAgency', id: agency.id }, before: null, after: caseSnapshot(record) };
    },
    (manager, id) => manager.findOneByOrFail(Case, { id }),
  );
}
