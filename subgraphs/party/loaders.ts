import type { DataSource } from 'typeorm';
import { filteredListLoader, listLoader, recordLoader, unitsOnPath, whereInSubtrees, type Viewer } from '../../lib';
import {
  CoordinationProgramEntity,
  MassMobilizationCommissionEntity,
  MobilizationModelEntity,
  PartyCommitteeEntity,
  PartyDocumentCaseEntity,
  ProgramParticipantEntity,
  ProgramReviewEntity,
  ReportEntity,
} from './entities';
import { keyedLoader } from './keyedLoader';
import { allReports, canReadReport, visibleDocuments, visibleReports } from './queries';
import { countObligationsByFamily, familyReportingCacheKey } from './reporting/byFamily';
import type { PeriodKey } from './reporting/periods';
import { countModels } from './statistics/models';
import { rangeKey } from './statistics/range';

/** `AdministrativeUnit.mobilizationModels` arguments. */
export interface ModelListArgs {
  year: number | null;
}

/** `PartyCommittee.reportsReceived` arguments: a period, or null for every report. */
export type ReportListArgs = { period: PeriodKey | null };

/**
 * The request's loaders: one per entity type by id, one per batched list field by
 * parent key. Each batch costs one statement however many parents it serves, and
 * keys go in as one array parameter so that the statement is the same for any
 * batch size (the gateway's statement-count test relies on it).
 */
export function createLoaders(db: DataSource, viewer: Viewer) {
  const committees = () => db.getRepository(PartyCommitteeEntity).createQueryBuilder('pc');
  const commissions = () => db.getRepository(MassMobilizationCommissionEntity).createQueryBuilder('mmc');
  const programs = () =>
    db.getRepository(CoordinationProgramEntity).createQueryBuilder('p').orderBy('p.starts_on', 'DESC').addOrderBy('p.id', 'DESC');
  const models = () =>
    db.getRepository(MobilizationModelEntity).createQueryBuilder('m').orderBy('m.year', 'DESC').addOrderBy('m.id', 'DESC');
  const documentsMostRecentFirst = () => visibleDocuments(db, viewer).orderBy('d.issued_on', 'DESC').addOrderBy('d.id', 'DESC');
  const reportsMostRecentFirst = () => visibleReports(db, viewer).orderBy('r.submitted_at', 'DESC').addOrderBy('r.id', 'DESC');

  const partyCommittee = recordLoader(
    (ids) => committees().where('pc.id = ANY(:ids)', { ids }).getMany(),
    (c) => c.id,
  );
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

  return {
    partyCommittee,
    massMobilizationCommission: recordLoader(
      (ids) => commissions().where('mmc.id = ANY(:ids)', { ids }).getMany(),
      (c) => c.id,
    ),
    partyDocument: recordLoader(
      (ids) => visibleDocuments(db, viewer).andWhere('d.id = ANY(:ids)', { ids }).getMany(),
      (d) => d.id,
    ),
    coordinationProgram: recordLoader(
      (ids) => programs().where('p.id = ANY(:ids)', { ids }).getMany(),
      (p) => p.id,
    ),
    report,
    mobilizationModel: recordLoader(
      (ids) => models().where('m.id = ANY(:ids)', { ids }).getMany(),
      (m) => m.id,
    ),

    /** `AdministrativeUnit.partyCommittee`: one committee per unit. */
    committeeByUnit: recordLoader(
      (codes) => committees().where('pc.unit_code = ANY(:codes)', { codes }).getMany(),
      (c) => c.unitCode,
    ),
    /** `AdministrativeUnit.massMobilizationCommission`. */
    commissionByUnit: recordLoader(
      (codes) => commissions().where('mmc.unit_code = ANY(:codes)', { codes }).getMany(),
      (c) => c.unitCode,
    ),
    /** `PartyCommittee.commission`, and the copy recipient of the regime. */
    commissionByCommittee: recordLoader(
      (ids) => commissions().where('mmc.party_committee_id = ANY(:ids)', { ids }).getMany(),
      (c) => c.partyCommitteeId,
    ),
    /** The committees directly below each committee: rule 2's submitters. */
    committeesByParent: listLoader(
      (ids) => committees().where('pc.parent_id = ANY(:ids)', { ids }).orderBy('pc.id').getMany(),
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
      (ids) =>
        db
          .getRepository(PartyDocumentCaseEntity)
          .createQueryBuilder('dc')
          .where('dc.document_id = ANY(:ids)', { ids })
          .orderBy('dc.case_id')
          .getMany(),
      (link) => link.documentId,
    ),
    programsByLeadCommission: listLoader(
      (ids) => programs().where('p.lead_commission_id = ANY(:ids)', { ids }).getMany(),
      (p) => p.leadCommissionId,
    ),
    participantsByProgram: listLoader(
      (ids) =>
        db
          .getRepository(ProgramParticipantEntity)
          .createQueryBuilder('pp')
          .where('pp.program_id = ANY(:ids)', { ids })
          .orderBy('pp.position')
          .getMany(),
      (p) => p.programId,
    ),
    reviewsByProgram: listLoader(
      (ids) =>
        db
          .getRepository(ProgramReviewEntity)
          .createQueryBuilder('pr')
          .where('pr.program_id = ANY(:ids)', { ids })
          .orderBy('pr.year', 'DESC')
          .getMany(),
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
    /** Every correction of each chain, keyed by the chain's first report, for `Report.correctedBy`. */
    correctionsByOriginal: listLoader(
      (ids) => reportsMostRecentFirst().andWhere('r.original_id = ANY(:ids)', { ids }).getMany().then(primeReports),
      (r) => r.originalId!,
    ),
    /** `AdministrativeUnit.mobilizationModels(year)`: the unit's own models. */
    modelsInUnit: filteredListLoader<ModelListArgs, MobilizationModelEntity>(
      (codes, { year }) => whereYear(models().where('m.unit_code = ANY(:codes)', { codes }), year).getMany(),
      (m) => m.unitCode,
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
      (codes, { year }) => whereYear(whereInSubtrees(models(), 'm', codes), year).getMany(),
      // A model lies in the subtree of its own unit and of every unit above it.
      (m) => unitsOnPath(m.unitPath),
    ),
  };
}

type Narrowable = { andWhere(condition: string, parameters?: object): unknown };

/** Narrows a report query (alias `r`) to one period, in a form the `report_recipient_period` index serves. */
export function wherePeriod<Q extends Narrowable>(query: Q, period: PeriodKey): Q {
  query.andWhere('r.period_year = :periodYear AND r.period_frequency = :periodFrequency', {
    periodYear: period.year,
    periodFrequency: period.frequency,
  });
  query.andWhere(period.index === null ? 'r.period_index IS NULL' : 'r.period_index = :periodIndex', { periodIndex: period.index });
  return query;
}

function whereYear<Q extends Narrowable>(query: Q, year: number | null): Q {
  if (year !== null) query.andWhere('m.year = :year', { year });
  return query;
}

export type Loaders = ReturnType<typeof createLoaders>;
