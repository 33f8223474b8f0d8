import type { DataSource } from 'typeorm';
import {
  filteredListLoader,
  inForceOn,
  listLoader,
  recordLoader,
  successorsLoader,
  required,
  codesOf,
  parseViewKey,
  unitViewLoader,
  viewsOfCode,
  viewsOfRow,
  whereInLineages,
  versionOf,
  visibleRecordIds,
  type OrganizationTypeName,
  type PeerRequest,
  type Viewer,
} from '../../lib';
import type {
  MassMobilizationCommissionEntity,
  MobilizationModelEntity,
  PartyCommitteeEntity,
  ReportEntity,
  WorkingSessionEntity,
} from './entities';
import {
  allReports,
  canReadReport,
  commissions,
  committees,
  documentCaseLinks,
  models,
  programParticipants,
  programReviews,
  programs,
  sessionCaseLinks,
  sessionParticipants,
  visibleDocuments,
  visibleReports,
  visibleSessions,
  whereHeldBetween,
  whereModelYear,
  wherePeriod,
} from './queries';
import { RULE_2 } from './reporting/regime';
import { guidanceAtOrAbove } from './reporting/guidance';
import { ReportingGuidanceEntity } from './entities/ReportingGuidance';
import { isForeignOrganizationType, type ForeignOrganizationReference } from './references';
import { countObligationsByFamily, endOfVietnamDay, familyReportingCacheKey, startOfVietnamDay } from './reporting/byFamily';
import type { PeriodKey } from './reporting/periods';
import { countModels, countSessions, rangeKey } from './statistics';

/** `AdministrativeUnit.mobilizationModels` arguments. */
export interface ModelListArgs {
  year: number | null;
}

/** `PartyCommittee.workingSessions` and `AdministrativeUnit.workingSessions` arguments: the days they were held in (null: no bound). */
export interface SessionListArgs {
  from: string | null;
  to: string | null;
}

/** `PartyCommittee.reportsReceived` arguments: a period, or null for every report. */
export type ReportListArgs = { period: PeriodKey | null };

/**
 * The request's loaders: one per entity type by id, one per batched list field by
 * parent key. Each batch costs one statement however many parents it serves, and
 * keys go in as one array parameter so that the statement is the same for any
 * batch size (the gateway's statement-count test relies on it).
 */
export function createLoaders(db: DataSource, viewer: Viewer, peers: PeerRequest) {
  const programsMostRecentFirst = () => programs(db).orderBy('p.starts_on', 'DESC').addOrderBy('p.id', 'DESC');
  const modelsMostRecentFirst = () => models(db).orderBy('m.year', 'DESC').addOrderBy('m.id', 'DESC');
  const documentsMostRecentFirst = () => visibleDocuments(db, viewer).orderBy('d.issued_on', 'DESC').addOrderBy('d.id', 'DESC');
  const reportsMostRecentFirst = () => visibleReports(db, viewer).orderBy('r.submitted_at', 'DESC').addOrderBy('r.id', 'DESC');
  const sessionsMostRecentFirst = () => visibleSessions(db, viewer).orderBy('ws.held_on', 'DESC').addOrderBy('ws.id', 'DESC');

  const partyCommittee = recordLoader(
    (ids) => committees(db).where('pc.id = ANY(:ids)', { ids }).getMany(),
    (c) => c.id,
  );
  const massMobilizationCommission = recordLoader(
    (ids) => commissions(db).where('mmc.id = ANY(:ids)', { ids }).getMany(),
    (c) => c.id,
  );
  const partyCommitteeSuccessors = successorsLoader(() => committees(db), 'pc');
  const massMobilizationCommissionSuccessors = successorsLoader(() => commissions(db), 'mmc');
  const report = recordLoader(
    (ids) => visibleReports(db, viewer).andWhere('r.id = ANY(:ids)', { ids }).getMany(),
    (r) => r.id,
  );
  /**
   * Reports a list brought are known by id too: a correction's `corrects` is always
   * in the same list as the correction, so it costs no statement, whatever the data.
   * (Committees are not primed: whether an owner was among the primed ones would make
   * the statement count depend on the data.)
   */
  const primeReports = (rows: ReportEntity[]): ReportEntity[] => {
    // Only what the viewer may read: the compliance statement reads every report of a period.
    for (const row of rows) if (canReadReport(viewer, row)) report.prime(row.id, row);
    return rows;
  };

  /**
   * An `Organization` stored as (type, id): a party body comes through its loader;
   * any other family's organization is a reference whose fields the gateway fetches
   * from its owner.
   */
  const organization = (type: OrganizationTypeName, id: string): OrganizationValue | Promise<OrganizationValue> => {
    if (isForeignOrganizationType(type)) return { __typename: type, id };
    return type === 'PartyCommittee'
      ? required(partyCommittee.load(id), `PartyCommittee ${id}`)
      : required(massMobilizationCommission.load(id), `MassMobilizationCommission ${id}`);
  };

  return {
    partyCommittee,
    massMobilizationCommission,
    partyCommitteeSuccessors,
    massMobilizationCommissionSuccessors,
    partyDocument: recordLoader(
      (ids) => visibleDocuments(db, viewer).andWhere('d.id = ANY(:ids)', { ids }).getMany(),
      (d) => d.id,
    ),
    coordinationProgram: recordLoader(
      (ids) => programsMostRecentFirst().where('p.id = ANY(:ids)', { ids }).getMany(),
      (p) => p.id,
    ),
    report,
    mobilizationModel: recordLoader(
      (ids) => modelsMostRecentFirst().where('m.id = ANY(:ids)', { ids }).getMany(),
      (m) => m.id,
    ),
    /** `Organization` values: `MobilizationModel.owner`, `ProgramParticipant.organization`, `Report.submitter`, `WorkingSession.participants`. */
    organization,

    /** `AdministrativeUnit.partyCommittee`, by unit view: the committee in force on the view's day (a list of at most one). */
    committeeByUnit: unitViewLoader((codes) => committees(db).where('pc.unit_code = ANY(:codes)', { codes }).getMany()),
    /** `AdministrativeUnit.massMobilizationCommission`, by unit view. */
    commissionByUnit: unitViewLoader((codes) => commissions(db).where('mmc.unit_code = ANY(:codes)', { codes }).getMany()),
    /** `PartyCommittee.commission`, and the copy recipient of the regime. */
    commissionByCommittee: recordLoader(
      (ids) => commissions(db).where('mmc.party_committee_id = ANY(:ids)', { ids }).getMany(),
      (c) => c.partyCommitteeId,
    ),
    /** The committees directly below each committee: rule 2's submitters. */
    committeesByParent: listLoader(
      (ids) => committees(db).where(RULE_2.committeesReportingTo, { ids }).orderBy('pc.id').getMany(),
      (c) => c.parentId!,
    ),
    documentsByIssuer: listLoader(
      (ids) => documentsMostRecentFirst().andWhere('d.issuer_id = ANY(:ids)', { ids }).getMany(),
      (d) => d.issuerId,
    ),
    /** `Case.directives`: each document comes with its links to the cases asked for only. */
    documentsByCase: listLoader(
      (ids) => documentsMostRecentFirst().innerJoinAndSelect('d.caseLinks', 'dc', 'dc.case_id = ANY(:ids)', { ids }).getMany(),
      (d) => d.caseLinks!.map((link) => link.caseId),
    ),
    /** `PartyDocument.cases`. */
    caseLinksByDocument: listLoader(
      (ids) => documentCaseLinks(db).where('dc.document_id = ANY(:ids)', { ids }).orderBy('dc.case_id').getMany(),
      (link) => link.documentId,
    ),
    /** The reporting guidance at or above each unit path, with its commission's validity (reporting/guidance.ts chooses). */
    guidanceAtOrAbove: listLoader(
      (paths) => guidanceAtOrAbove((sql, params) => db.query(sql, params), paths),
      (g) => g.path,
    ),
    /** `MassMobilizationCommission.reportingGuidance`: the latest to take effect first. */
    guidanceByCommission: listLoader(
      (ids) =>
        db
          .getRepository(ReportingGuidanceEntity)
          .createQueryBuilder('g')
          .where('g.commission_id = ANY(:ids)', { ids })
          .orderBy('g.takes_effect_on', 'DESC')
          .getMany(),
      (g) => g.commissionId,
    ),
    programsByLeadCommission: listLoader(
      (ids) => programsMostRecentFirst().where('p.lead_commission_id = ANY(:ids)', { ids }).getMany(),
      (p) => p.leadCommissionId,
    ),
    participantsByProgram: listLoader(
      (ids) => programParticipants(db).where('pp.program_id = ANY(:ids)', { ids }).orderBy('pp.position').getMany(),
      (p) => p.programId,
    ),
    reviewsByProgram: listLoader(
      (ids) => programReviews(db).where('pr.program_id = ANY(:ids)', { ids }).orderBy('pr.year', 'DESC').getMany(),
      (r) => r.programId,
    ),
    /** `PartyCommittee.reportsReceived(period)`. */
    reportsByRecipient: filteredListLoader<ReportListArgs, ReportEntity>(
      (ids, { period }) => {
        const query = reportsMostRecentFirst().andWhere('r.recipient_id = ANY(:ids)', { ids });
        if (period) wherePeriod(query, period);
        return query.getMany().then(primeReports);
      },
      (r) => r.recipientId,
    ),
    /** `PartyCommittee.urgentReports(from, to)`: newest first, as the viewer may see them. */
    urgentReportsByRecipient: filteredListLoader<{ from: string; to: string }, ReportEntity>(
      (ids, { from, to }) =>
        reportsMostRecentFirst()
          .andWhere(`r.recipient_id = ANY(:ids) AND r.kind = 'URGENT'`, { ids })
          // Vietnam's days, as instants: from the start of `from` to the end of `to`.
          .andWhere('r.submitted_at >= :start AND r.submitted_at < :end', { start: startOfVietnamDay(from), end: endOfVietnamDay(to) })
          .getMany()
          .then(primeReports),
      (r) => r.recipientId,
    ),
    /**
     * The periodic reports addressed to each committee for a period, corrections
     * included, for `reportingCompliance`: everything the statuses need, in one
     * statement for every unit of the query. RESTRICTED reports included, whoever
     * asks: a report settles its obligation whether or not the viewer may read it, so
     * the statuses and counts are the same for every viewer (`ReportingObligation.report`
     * hides what the viewer may not read).
     */
    periodicReportsByRecipient: filteredListLoader<PeriodKey, ReportEntity>(
      (ids, period) =>
        wherePeriod(allReports(db).where('r.recipient_id = ANY(:ids)', { ids }), period)
          .andWhere(`r.kind = 'PERIODIC'`)
          .getMany()
          // A correction's `corrects` is in the same set: answered without another statement.
          .then(primeReports),
      (r) => r.recipientId,
    ),
    /** Rule 4: the periodic reports to each commission (by id) for a period. */
    periodicReportsByRecipientCommission: filteredListLoader<PeriodKey, ReportEntity>(
      (ids, period) =>
        wherePeriod(allReports(db).where('r.recipient_commission_id = ANY(:ids)', { ids }), period)
          .andWhere(`r.kind = 'PERIODIC'`)
          .getMany()
          .then(primeReports),
      (r) => r.recipientCommissionId!,
    ),
    /** Every correction of each chain, keyed by the chain's first report, for `Report.correctedBy`. */
    correctionsByOriginal: listLoader(
      (ids) => reportsMostRecentFirst().andWhere('r.original_id = ANY(:ids)', { ids }).getMany().then(primeReports),
      (r) => r.originalId!,
    ),
    /** `AdministrativeUnit.mobilizationModels(year)`: the unit's own models. */
    modelsInUnit: filteredListLoader<ModelListArgs, MobilizationModelEntity>(
      (keys, { year }) =>
        whereModelYear(modelsMostRecentFirst().where('m.unit_code = ANY(:codes)', { codes: codesOf(keys) }), year).getMany(),
      (m, keys) => viewsOfRow(keys)(m.unitPath).filter((key) => parseViewKey(key).code === m.unitCode),
    ),
    /** `UnitStatistics.modelsByKind`, `modelsByField` and `modelsByYear`: one statement for every range of the request. */
    modelCounts: keyedLoader((ranges) => countModels(db, ranges), rangeKey),
    /**
     * `UnitStatistics.reportingByFamily`: one statement for every unit, range and
     * arguments of the request. Counts every report whoever asks, like
     * `periodicReportsByRecipient`: the figures must not depend on the viewer.
     */
    reportingByFamily: keyedLoader((keys) => countObligationsByFamily(db, keys), familyReportingCacheKey),
    /** `AdministrativeUnit.mobilizationModels(includeDescendants: true, year)`. */
    modelsInSubtree: filteredListLoader<ModelListArgs, MobilizationModelEntity>(
      (keys, { year }) => whereModelYear(whereInLineages(modelsMostRecentFirst(), 'm', keys), year).getMany(),
      // A model lies in the lineage of its own unit, of every unit above it and of their successors.
      (m, keys) => viewsOfRow(keys)(m.unitPath),
    ),
    workingSession: recordLoader(
      (ids) => sessionsMostRecentFirst().andWhere('ws.id = ANY(:ids)', { ids }).getMany(),
      (s) => s.id,
    ),
    /** `PartyCommittee.workingSessions(from, to)`. */
    sessionsByCommittee: filteredListLoader<SessionListArgs, WorkingSessionEntity>(
      (ids, args) => whereHeldBetween(sessionsMostRecentFirst().andWhere('ws.committee_id = ANY(:ids)', { ids }), args).getMany(),
      (s) => s.committeeId,
    ),
    /**
     * `AdministrativeUnit.workingSessions` held by the committees of the unit itself, in
     * the form the view shows: the old Lâm Đồng's are not the new one's, though both are 68.
     */
    sessionsInUnit: filteredListLoader<SessionListArgs, WorkingSessionEntity>(
      (keys, args) =>
        whereHeldBetween(sessionsMostRecentFirst().andWhere('ws.unit_code = ANY(:codes)', { codes: codesOf(keys) }), args).getMany(),
      (s, keys) =>
        viewsOfCode(keys, s.unitCode).filter((key) => {
          const version = versionOf(parseViewKey(key));
          return !!version && inForceOn(version, s.heldOn);
        }),
    ),
    /** `AdministrativeUnit.workingSessions(includeDescendants: true)`: the lineage over the range asked for, as the statistics count it. */
    sessionsUnderUnit: filteredListLoader<SessionListArgs, WorkingSessionEntity>(
      (keys, args) =>
        whereHeldBetween(whereInLineages(sessionsMostRecentFirst(), 'ws', keys, { dateColumn: 'held_on', range: args }), args).getMany(),
      (s, keys, args) => viewsOfRow(keys, args)(s.unitPath, s.heldOn),
    ),
    /** `WorkingSession.participants`, in the order recorded. */
    participantsBySession: listLoader(
      (ids) => sessionParticipants(db).where('wsp.session_id = ANY(:ids)', { ids }).orderBy('wsp.position').getMany(),
      (p) => p.sessionId,
    ),
    /** `WorkingSession.cases`: the ids of the cases each session discussed, in the order recorded. */
    caseLinksBySession: listLoader(
      (ids) => sessionCaseLinks(db).where('wsc.session_id = ANY(:ids)', { ids }).orderBy('wsc.position').getMany(),
      (link) => link.sessionId,
    ),
    /**
     * Which of the cases named by party records the viewer may see, by the state's word
     * (it owns cases and their classification): one request to it per wave, with the
     * caller's token. A case the viewer may not see loads as null.
     */
    visibleCase: recordLoader(
      async (ids) => (await visibleRecordIds(peers, 'Case', ids)).map((id) => ({ id })),
      (c) => c.id,
    ),
    /** `UnitStatistics.workingSessions`: one statement for every range of the request. */
    sessionCounts: keyedLoader((ranges) => countSessions(db, ranges), rangeKey),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What an `Organization` field resolves to: a party body's entity, or another family's `{ __typename, id }`. */
export type OrganizationValue = PartyCommitteeEntity | MassMobilizationCommissionEntity | ForeignOrganizationReference;

/** A loader whose keys are objects: what `keyedLoader` returns. */
export interface KeyedLoader<K, V> {
  load(key: K): Promise<V>;
}

/**
 * A batched loader for keys that are objects (a statistics key: a unit, a date
 * range, arguments and the organizations the gateway passed through `@requires`),
 * on the library's `recordLoader`, so that it dispatches in the request's waves like
 * every other loader. Keys with the same `cacheKey` are loaded once: `cacheKey`
 * must cover everything the value depends on. `fetch` answers for a whole batch
 * in the order and length of its keys.
 */
function keyedLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, cacheKey: (key: K) => string): KeyedLoader<K, V> {
  const keys = new Map<string, K>();
  const loader = recordLoader(
    async (ids) => {
      const values = await fetch(ids.map((id) => keys.get(id)!));
      return ids.map((id, i) => ({ id, value: values[i] }));
    },
    (entry) => entry.id,
  );
  return {
    async load(key) {
      const id = cacheKey(key);
      keys.set(id, key);
      return (await loader.load(id))!.value;
    },
  };
}
