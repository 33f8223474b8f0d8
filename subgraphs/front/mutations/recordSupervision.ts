import { randomUUID } from 'node:crypto';
import {
  badInput,
  checkRange,
  ERRORS,
  MAX_LONG_TEXT,
  NamedOrganization,
  optionalText,
  organizationRef,
  requireEditor,
  requireIdShape,
  requireNotFuture,
  requireOrganizations,
  requireRecord,
  requireText,
  requireUnitPath,
  requireWriter,
  runMutation,
  vietnamDate,
  type OrganizationRef,
  MAX_TITLE_LENGTH,
} from '../../../lib';
import type { Context } from '../context';
import { FrontOrganizationEntity, RecommendationEntity, SupervisionEntity } from '../entities';
import type { RecordSupervisionInput } from '../generated/resolvers';
import { superiorsOf } from '../hierarchy';

const OPERATION = 'recordSupervision';
export const MAX_RECOMMENDATION_LENGTH = 5_000;
export const MAX_RECOMMENDATIONS = 50;

interface CheckedRecommendation {
  content: string;
  addressedTo: NamedOrganization;
}

/** Every input field checked on its own, before any record it names is looked up (the SDL's descriptions give the limits). */
function checkInput(input: RecordSupervisionInput, now: Date) {
  const title = requireText('input.title', input.title, MAX_TITLE_LENGTH);
  const unitCode = input.unitCode;
  const target = organizationRef('input.target', input.target);
  const caseId = input.caseId == null ? null : requireIdShape('input.caseId', input.caseId);
  const coordinationProgramId =
    input.coordinationProgramId == null ? null : requireIdShape('input.coordinationProgramId', input.coordinationProgramId);
  const startedOn = requireNotFuture('input.startedOn', input.startedOn, now);
  // Placed in the unit as it stood on the day the supervision started.
  const unitPath = requireUnitPath('input.unitCode', unitCode, startedOn);
  const endedOn = input.endedOn ?? null;
  checkRange('input.startedOn', startedOn, 'input.endedOn', endedOn);
  // An end date records that the activity has ended; one still under way has none (the SDL: "null while under way").
  if (endedOn !== null) requireNotFuture('input.endedOn', endedOn, now);
  const findings = optionalText('input.findings', input.findings, MAX_LONG_TEXT);
  const given = input.recommendations ?? [];
  if (given.length > MAX_RECOMMENDATIONS) {
    throw badInput('input.recommendations', `${given.length} recommendations`, `at most ${MAX_RECOMMENDATIONS}`);
  }
  const recommendations = given.map((r, i): CheckedRecommendation => ({
    content: requireText(`input.recommendations[${i}].content`, r.content, MAX_RECOMMENDATION_LENGTH),
    addressedTo: organizationRef(`input.recommendations[${i}].addressedTo`, r.addressedTo),
  }));
  return {
    title,
    form: input.form,
    target,
    unitCode,
    unitPath,
    caseId,
    coordinationProgramId,
    startedOn,
    endedOn,
    findings,
    classification: input.classification ?? 'PUBLIC',
    recommendations,
  };
}

/**
 * `recordSupervision`: a supervision or social-criticism activity (Decisions
 * 217-QĐ/TW and 218-QĐ/TW) with its recommendations, in one transaction with its
 * audit row. The conducting organization owns the record: only an editor of it or
 * of the same organization at a unit above may record it (design section 6).
 *
 * First who may write for the conductor, then the input, then the records it names
 * (its target and addressees of every family, its case and its program), each by its
 * owner: a caller who may not write learns nothing from the checks of the input,
 * and no id of another family is stored that its owner does not know (design
 * section 7).
 */
export async function recordSupervision(input: RecordSupervisionInput, ctx: Context, now = new Date()): Promise<SupervisionEntity> {
  requireEditor(ctx.viewer, OPERATION);
  // Organizations change by no mutation: read outside the transaction.
  const conductor = await ctx.db.manager.findOneBy(FrontOrganizationEntity, { id: input.conductedById });
  if (!conductor) {
    throw ERRORS.NOT_FOUND.err(`input.conductedById: no Front or socio-political organization has id ${input.conductedById}`, {
      field: 'input.conductedById',
    });
  }
  const owner: OrganizationRef = { type: 'FrontOrganization', id: conductor.id };
  requireWriter(ctx.viewer, OPERATION, 'input.conductedById', owner, await superiorsOf(ctx.db.manager, conductor.id));

  const checked = checkInput(input, now);
  // An organization supervises within its own area: a district's union in its district and its communes.
  if (!checked.unitPath.startsWith(conductor.unitPath)) {
    throw badInput('input.unitCode', checked.unitCode, `unit ${conductor.unitCode} of ${conductor.id} or a unit below it`);
  }
  await requireOrganizations(ctx, [checked.target, ...checked.recommendations.map((r) => r.addressedTo)]);
  if (checked.caseId !== null) await requireRecord(ctx, 'input.caseId', 'Case', checked.caseId);
  if (checked.coordinationProgramId !== null) {
    await requireRecord(ctx, 'input.coordinationProgramId', 'CoordinationProgram', checked.coordinationProgramId);
  }

  return runMutation(
    ctx.db,
    ctx.viewer,
    { operation: OPERATION, recordType: 'Supervision', input },
    async (manager) => {
      const supervision = manager.create(SupervisionEntity, {
        id: randomUUID(),
        title: checked.title,
        form: checked.form,
        conductedById: conductor.id,
        targetType: checked.target.type,
        targetId: checked.target.id,
        unitCode: checked.unitCode,
        unitPath: checked.unitPath,
        caseId: checked.caseId,
        coordinationProgramId: checked.coordinationProgramId,
        startedOn: checked.startedOn,
        endedOn: checked.endedOn,
        findings: checked.findings,
        classification: checked.classification,
      });
      // A new recommendation has no answer yet: PENDING, as of the day it is recorded (in Vietnam's calendar),
      // the same date an answer's status change is stamped with.
      const today = vietnamDate(now);
      const recommendations = checked.recommendations.map((r, i) =>
        manager.create(RecommendationEntity, {
          id: randomUUID(),
          supervisionId: supervision.id,
          position: i + 1,
          content: r.content,
          addressedToType: r.addressedTo.type,
          addressedToId: r.addressedTo.id,
          status: 'PENDING',
          response: null,
          statusChangedOn: today,
          version: 1,
        }),
      );
      await manager.insert(SupervisionEntity, supervision);
      if (recommendations.length > 0) await manager.insert(RecommendationEntity, recommendations);
      return { record: supervision, recordId: supervision.id, owner, before: null, after: { ...supervision, recommendations } };
    },
    (manager, id) => manager.findOneByOrFail(SupervisionEntity, { id }),
  );
}
