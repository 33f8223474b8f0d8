import {
  badInput,
  ERRORS,
  lockVersioned,
  MAX_LONG_TEXT,
  requireEditor,
  requireText,
  requireWriter,
  runMutation,
  vietnamDate,
  type OrganizationRef,
} from '../../../lib';
import type { Context } from '../context';
import { RecommendationEntity, SupervisionEntity } from '../entities';
import type { UpdateRecommendationStatusInput } from '../generated/resolvers';
import { superiorsOf } from '../hierarchy';

const OPERATION = 'updateRecommendationStatus';
const RECOMMENDATION_ID = 'input.recommendationId';

/**
 * `updateRecommendationStatus`: records the addressee's answer to a
 * recommendation (its status and response), as of today in Vietnam. The
 * recommendation belongs to the supervision's conducting organization, which
 * follows it up (Decision 217-QĐ/TW): an editor of it or of the same organization
 * at a unit above may change it. The version it was read at must still be current.
 *
 * Who may change it is settled first, from the recommendation's supervision, so that
 * a caller who may not learns nothing from the checks of the input or of the
 * record's state (its version).
 */
export async function updateRecommendationStatus(
  input: UpdateRecommendationStatusInput,
  ctx: Context,
  now = new Date(),
): Promise<RecommendationEntity> {
  requireEditor(ctx.viewer, OPERATION);
  // A recommendation never moves to another supervision, nor a supervision to another conductor, so this read
  // needs no lock and no transaction; the row itself is locked below.
  const found = await ctx.db.manager.findOneBy(RecommendationEntity, { id: input.recommendationId });
  if (!found) {
    throw ERRORS.NOT_FOUND.err(`${RECOMMENDATION_ID}: no recommendation has id ${input.recommendationId}`, { field: RECOMMENDATION_ID });
  }
  const supervision = await ctx.db.manager.findOneByOrFail(SupervisionEntity, { id: found.supervisionId });
  const owner: OrganizationRef = { type: 'FrontOrganization', id: supervision.conductedById };
  requireWriter(ctx.viewer, OPERATION, RECOMMENDATION_ID, owner, await superiorsOf(ctx.db.manager, owner.id));

  // Omitted (or null), the response already recorded stays: "null until one is recorded" (the SDL), and a
  // later status (IN_PROGRESS → IMPLEMENTED) need not repeat it. Given, it replaces it, trimmed.
  const response = input.response == null ? null : requireText('input.response', input.response, MAX_LONG_TEXT);
  if (!Number.isInteger(input.version) || input.version < 1) {
    throw badInput('input.version', input.version, 'the version the recommendation was read at, a whole number from 1');
  }
  return runMutation(
    ctx.db,
    ctx.viewer,
    { operation: OPERATION, recordType: 'Recommendation', input },
    async (manager) => {
      const current = await lockVersioned(manager, RecommendationEntity, 'recommendation', RECOMMENDATION_ID, found.id, input.version);
      const before = { ...current };
      const changes = {
        status: input.status,
        response: response ?? current.response,
        statusChangedOn: vietnamDate(now),
        version: current.version + 1,
      };
      await manager.update(RecommendationEntity, { id: current.id }, changes);
      const updated = manager.create(RecommendationEntity, { ...current, ...changes });
      return { record: updated, recordId: updated.id, owner, before, after: { ...updated } };
    },
    (manager, id) => manager.findOneByOrFail(RecommendationEntity, { id }),
  );
}
