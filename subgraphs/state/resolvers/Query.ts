import {
  auditLogPage,
  badInput,
  byId,
  checkRange,
  likeContains,
  newestFirst,
  paginate,
  requireView,
  todayInVietnam,
  whereInUnit,
  isUuid,
  whereInForce,
} from '../../../lib';
import { agencyQuery, unitQuery, visibleCases, visibleDialogues } from '../queries';
import { Context } from '../context';
import { viewUnit } from './AdministrativeUnit';
import { QueryResolvers } from '../generated/resolvers';

/** Longest text accepted in a name search. */
const MAX_SEARCH_LENGTH = 100;

async function requireCase(ctx: Context, field: string, id: string): Promise<void> {
  if (!isUuid(id) || !(await ctx.loaders.case.load(id))) throw badInput(field, id, 'the id of an existing case');
}

async function requireAgency(ctx: Context, field: string, id: string): Promise<void> {
  if (!(await ctx.loaders.agency.load(id))) throw badInput(field, id, 'the id of an existing state agency');
}

export const Query: QueryResolvers = {
  administrativeUnit: (_, { code, asOf }, ctx) => viewUnit(ctx, code, asOf),

  // The units in force on one day: a version whose validity holds it, viewed then.
  administrativeUnits: async (_, { filter, first, after }, ctx) => {
    const day = filter?.asOf ?? todayInVietnam();
    const query = whereInForce(unitQuery(ctx.db), 'u', day);
    if (filter?.level) query.andWhere('u.level = :level', { level: filter.level });
    if (filter?.parentCode) {
      requireView('filter.parentCode', filter.parentCode, day);
      query.andWhere('u.parent_code = :parentCode', { parentCode: filter.parentCode });
    }
    if (filter?.nameContains) {
      if (filter.nameContains.length > MAX_SEARCH_LENGTH) {
        throw badInput('filter.nameContains', filter.nameContains, `at most ${MAX_SEARCH_LENGTH} characters`);
      }
      query.andWhere(`u.name ILIKE :name ESCAPE '\\'`, { name: likeContains(filter.nameContains) });
    }
    const page = await paginate(query, { first, after }, { direction: 'ASC', idColumn: 'u.code', id: (u) => u.code });
    return { ...page, nodes: page.nodes.map((unit) => ({ ...unit, asOf: day })) };
  },

  stateAgency: (_, { id }, ctx) => ctx.loaders.agency.load(id),

  stateAgencies: (_, { filter, first, after }, ctx) => {
    const query = agencyQuery(ctx.db);
    if (filter?.unitCode) whereInUnit(query, 'a', 'filter.unitCode', filter.unitCode, filter.includeDescendants);
    if (filter?.kind) query.andWhere('a.kind = :kind', { kind: filter.kind });
    if (filter?.level) query.andWhere('a.level = :level', { level: filter.level });
    if (filter?.inForceOn) whereInForce(query, 'a', filter.inForceOn);
    return paginate(query, { first, after }, byId('a'));
  },

  case: (_, { id }, ctx) => ctx.loaders.case.load(id),

  caseByReference: (_, { reference }, ctx) => ctx.loaders.caseByReference.load(reference),

  cases: async (_, { filter, first, after }, ctx) => {
    const query = visibleCases(ctx.db, ctx.viewer);
    if (filter?.unitCode) whereInUnit(query, 'c', 'filter.unitCode', filter.unitCode, filter.includeDescendants);
    if (filter?.category) query.andWhere('c.category = :category', { category: filter.category });
    if (filter?.statuses) {
      // An empty list of statuses matches no case.
      if (filter.statuses.length) query.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
      else query.andWhere('FALSE');
    }
    if (filter?.responsibleAgencyId) {
      await requireAgency(ctx, 'filter.responsibleAgencyId', filter.responsibleAgencyId);
      query.andWhere('c.responsible_agency_id = :agencyId', { agencyId: filter.responsibleAgencyId });
    }
    checkRange('filter.openedFrom', filter?.openedFrom, 'filter.openedTo', filter?.openedTo);
    if (filter?.openedFrom) query.andWhere('c.opened_on >= :openedFrom', { openedFrom: filter.openedFrom });
    if (filter?.openedTo) query.andWhere('c.opened_on <= :openedTo', { openedTo: filter.openedTo });
    return paginate(
      query,
      { first, after },
      newestFirst('c', 'opened_on', (c) => c.openedOn),
    );
  },

  dialogue: (_, { id }, ctx) => ctx.loaders.dialogue.load(id),

  dialogues: async (_, { filter, first, after }, ctx) => {
    const query = visibleDialogues(ctx.db, ctx.viewer);
    if (filter?.unitCode) whereInUnit(query, 'd', 'filter.unitCode', filter.unitCode, filter.includeDescendants);
    if (filter?.level) query.andWhere('d.level = :level', { level: filter.level });
    if (filter?.caseId) {
      await requireCase(ctx, 'filter.caseId', filter.caseId);
      query.andWhere('d.case_id = :caseId', { caseId: filter.caseId });
    }
    checkRange('filter.from', filter?.from, 'filter.to', filter?.to);
    if (filter?.from) query.andWhere('d.held_on >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('d.held_on <= :to', { to: filter.to });
    return paginate(
      query,
      { first, after },
      newestFirst('d', 'held_on', (d) => d.heldOn),
    );
  },
  stateAuditLog: (_, args, ctx) => auditLogPage(ctx.db, ctx.viewer, args),
};
