import { auditLogPage, byId, checkRange, newestFirst, paginate, whereInUnit, whereInForce } from '../../../lib';
import type { QueryResolvers } from '../generated/resolvers';
import { activities, armedUnits } from '../queries';

export const Query: QueryResolvers = {
  armedUnit: (_root, { id }, ctx) => ctx.loaders.armedUnit.load(id),

  armedUnits: (_root, { filter, first, after }, ctx) => {
    const query = armedUnits(ctx.db);
    if (filter?.unitCode) whereInUnit(query, 'u', 'filter.unitCode', filter.unitCode, filter.includeDescendants);
    if (filter?.kind) query.andWhere('u.kind = :kind', { kind: filter.kind });
    if (filter?.branch) query.andWhere('u.branch = :branch', { branch: filter.branch });
    if (filter?.level) query.andWhere('u.level = :level', { level: filter.level });
    if (filter?.inForceOn) whereInForce(query, 'u', filter.inForceOn);
    return paginate(query, { first, after }, byId('u'));
  },

  mobilizationActivity: (_root, { id }, ctx) => ctx.loaders.mobilizationActivity.load(id),

  mobilizationActivities: (_root, { filter, first, after }, ctx) => {
    const query = activities(ctx.db, ctx.viewer);
    if (filter?.unitCode) whereInUnit(query, 'a', 'filter.unitCode', filter.unitCode, filter.includeDescendants);
    checkRange('filter.from', filter?.from, 'filter.to', filter?.to);
    if (filter?.kind) query.andWhere('a.kind = :kind', { kind: filter.kind });
    if (filter?.conductedById) query.andWhere('a.conducted_by_id = :unitId', { unitId: filter.conductedById });
    if (filter?.caseId) query.andWhere('a.case_id = :caseId', { caseId: filter.caseId });
    if (filter?.coordinationProgramId) {
      query.andWhere('a.coordination_program_id = :programId', { programId: filter.coordinationProgramId });
    }
    if (filter?.from) query.andWhere('a.started_on >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('a.started_on <= :to', { to: filter.to });
    return paginate(
      query,
      { first, after },
      newestFirst('a', 'started_on', (a) => a.startedOn),
    );
  },

  /** Admin only, own organization only: the library answers it whole. */
  armedForcesAuditLog: (_root, args, ctx) => auditLogPage(ctx.db, ctx.viewer, args),
};
