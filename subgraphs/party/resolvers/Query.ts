import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { auditLogPage, byId, checkRange, likeContains, newestFirst, paginate, whereInUnit, whereInForce } from '../../../lib';
import type { PartyOrganizationFilter, QueryResolvers } from '../generated/resolvers';
import { commissions, committees, models, programs, visibleDocuments, visibleReports, wherePeriod } from '../queries';
import { validatePeriod } from '../reporting/periods';

/** The filter shared by committees and commissions. */
function whereOrganization<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  filter: PartyOrganizationFilter | null | undefined,
): SelectQueryBuilder<T> {
  if (filter?.unitCode) whereInUnit(query, alias, 'filter.unitCode', filter.unitCode, filter.includeDescendants);
  if (filter?.level) query.andWhere(`${alias}.level = :level`, { level: filter.level });
  if (filter?.inForceOn) whereInForce(query, alias, filter.inForceOn);
  return query;
}

export const Query: QueryResolvers = {
  partyCommittee: (_, { id }, ctx) => ctx.loaders.partyCommittee.load(id),

  partyCommittees: (_, { filter, first, after }, ctx) => {
    const query = whereOrganization(committees(ctx.db), 'pc', filter);
    return paginate(query, { first, after }, byId('pc'));
  },

  massMobilizationCommission: (_, { id }, ctx) => ctx.loaders.massMobilizationCommission.load(id),

  massMobilizationCommissions: (_, { filter, first, after }, ctx) => {
    const query = whereOrganization(commissions(ctx.db), 'mmc', filter);
    return paginate(query, { first, after }, byId('mmc'));
  },

  partyDocument: (_, { id }, ctx) => ctx.loaders.partyDocument.load(id),

  partyDocuments: (_, { filter, first, after }, ctx) => {
    const query = visibleDocuments(ctx.db, ctx.viewer);
    checkRange('filter.issuedFrom', filter?.issuedFrom, 'filter.issuedTo', filter?.issuedTo);
    if (filter?.issuerId) query.andWhere('d.issuer_id = :issuerId', { issuerId: filter.issuerId });
    if (filter?.kind) query.andWhere('d.kind = :kind', { kind: filter.kind });
    if (filter?.numberContains) query.andWhere('d.number ILIKE :number', { number: likeContains(filter.numberContains) });
    if (filter?.issuedFrom) query.andWhere('d.issued_on >= :issuedFrom', { issuedFrom: filter.issuedFrom });
    if (filter?.issuedTo) query.andWhere('d.issued_on <= :issuedTo', { issuedTo: filter.issuedTo });
    return paginate(
      query,
      { first, after },
      newestFirst('d', 'issued_on', (d) => d.issuedOn),
    );
  },

  coordinationProgram: (_, { id }, ctx) => ctx.loaders.coordinationProgram.load(id),

  coordinationPrograms: (_, { filter, first, after }, ctx) => {
    const query = programs(ctx.db);
    if (filter?.leadCommissionId) query.andWhere('p.lead_commission_id = :lead', { lead: filter.leadCommissionId });
    if (filter?.participantId) {
      query.andWhere('EXISTS (SELECT 1 FROM program_participant pp WHERE pp.program_id = p.id AND pp.organization_id = :participant)', {
        participant: filter.participantId,
      });
    }
    if (filter?.activeOn) {
      query.andWhere('p.starts_on <= :activeOn AND (p.ends_on IS NULL OR p.ends_on >= :activeOn)', { activeOn: filter.activeOn });
    }
    return paginate(
      query,
      { first, after },
      newestFirst('p', 'starts_on', (p) => p.startsOn),
    );
  },

  report: (_, { id }, ctx) => ctx.loaders.report.load(id),

  reports: (_, { filter, first, after }, ctx) => {
    const query = visibleReports(ctx.db, ctx.viewer);
    checkRange('filter.submittedFrom', filter?.submittedFrom, 'filter.submittedBefore', filter?.submittedBefore, { exclusiveEnd: true });
    if (filter?.submitterId) query.andWhere('r.submitter_id = :submitterId', { submitterId: filter.submitterId });
    if (filter?.recipientId) query.andWhere('r.recipient_id = :recipientId', { recipientId: filter.recipientId });
    if (filter?.period) {
      const { year, frequency, index } = validatePeriod(filter.period, 'filter.period');
      wherePeriod(query, { year, frequency, index });
    }
    if (filter?.kind) query.andWhere('r.kind = :kind', { kind: filter.kind });
    if (filter?.submittedFrom) query.andWhere('r.submitted_at >= :from', { from: filter.submittedFrom });
    if (filter?.submittedBefore) query.andWhere('r.submitted_at < :before', { before: filter.submittedBefore });
    return paginate(
      query,
      { first, after },
      newestFirst('r', 'submitted_at', (r) => r.submittedAt),
    );
  },

  mobilizationModel: (_, { id }, ctx) => ctx.loaders.mobilizationModel.load(id),

  mobilizationModels: (_, { filter, first, after }, ctx) => {
    const query = models(ctx.db);
    checkRange('filter.yearFrom', filter?.yearFrom, 'filter.yearTo', filter?.yearTo);
    if (filter?.unitCode) whereInUnit(query, 'm', 'filter.unitCode', filter.unitCode, filter.includeDescendants);
    if (filter?.kind) query.andWhere('m.kind = :kind', { kind: filter.kind });
    if (filter?.field) query.andWhere('m.field = :field', { field: filter.field });
    if (filter?.yearFrom != null) query.andWhere('m.year >= :yearFrom', { yearFrom: filter.yearFrom });
    if (filter?.yearTo != null) query.andWhere('m.year <= :yearTo', { yearTo: filter.yearTo });
    return paginate(
      query,
      { first, after },
      newestFirst('m', 'year', (m) => m.year),
    );
  },

  workingSession: (_, { id }, ctx) => ctx.loaders.workingSession.load(id),

  partyAuditLog: (_, args, ctx) => auditLogPage(ctx.db, ctx.viewer, args),
};
