import { auditLogPage, byId, checkRange, newestFirst, paginate, whereInUnit, whereInForce } from '../../../lib';
import type { QueryResolvers } from '../generated/resolvers';
import { campaigns, frontOrganizations, visibleSupervisions } from '../queries';

export const Query: QueryResolvers = {
  frontOrganization: (_, { id }, ctx) => ctx.loaders.frontOrganization.load(id),

  frontOrganizations: (_, { filter, first, after }, ctx) => {
    const query = frontOrganizations(ctx.db);
    if (filter?.unitCode) whereInUnit(query, 'o', 'filter.unitCode', filter.unitCode, filter.includeDescendants);
    if (filter?.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter?.level) query.andWhere('o.level = :level', { level: filter.level });
    if (filter?.inForceOn) whereInForce(query, 'o', filter.inForceOn);
    return paginate(query, { first, after }, byId('o'));
  },

  supervision: (_, { id }, ctx) => ctx.loaders.supervision.load(id),

  supervisions: (_, { filter, first, after }, ctx) => {
    const query = visibleSupervisions(ctx.db, ctx.viewer);
    if (filter?.unitCode) whereInUnit(query, 's', 'filter.unitCode', filter.unitCode, filter.includeDescendants);
    if (filter?.form) query.andWhere('s.form = :form', { form: filter.form });
    if (filter?.conductedById) query.andWhere('s.conducted_by_id = :conductedById', { conductedById: filter.conductedById });
    if (filter?.targetId) query.andWhere('s.target_id = :targetId', { targetId: filter.targetId });
    if (filter?.caseId) query.andWhere('s.case_id = :caseId', { caseId: filter.caseId });
    checkRange('filter.from', filter?.from, 'filter.to', filter?.to);
    if (filter?.from) query.andWhere('s.started_on >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('s.started_on <= :to', { to: filter.to });
    return paginate(
      query,
      { first, after },
      newestFirst('s', 'started_on', (s) => s.startedOn),
    );
  },

  campaign: (_, { id }, ctx) => ctx.loaders.campaign.load(id),

  campaigns: (_, { filter, first, after }, ctx) => {
    const query = campaigns(ctx.db);
    if (filter?.unitCode) whereInUnit(query, 'c', 'filter.unitCode', filter.unitCode, filter.includeDescendants);
    if (filter?.kind) query.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter?.organizerId) query.andWhere('c.organizer_id = :organizerId', { organizerId: filter.organizerId });
    if (filter?.activeOn) {
      query.andWhere('c.starts_on <= :activeOn AND (c.ends_on IS NULL OR c.ends_on >= :activeOn)', { activeOn: filter.activeOn });
    }
    return paginate(
      query,
      { first, after },
      newestFirst('c', 'starts_on', (c) => c.startsOn),
    );
  },

  frontAuditLog: (_, args, ctx) => auditLogPage(ctx.db, ctx.viewer, args),
};
