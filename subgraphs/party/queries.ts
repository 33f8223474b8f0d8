import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ClassifiedRecords, partyBodyAbove, whereVisible, type Viewer } from '../../lib';
import {
  CoordinationProgramEntity,
  MassMobilizationCommissionEntity,
  MobilizationModelEntity,
  PartyCommitteeEntity,
  PartyDocumentCaseEntity,
  PartyDocumentEntity,
  ProgramParticipantEntity,
  ProgramReviewEntity,
  ReportEntity,
  WorkingSessionCaseEntity,
  WorkingSessionEntity,
  WorkingSessionParticipantEntity,
} from './entities';
import type { PeriodKey } from './reporting/periods';

/**
 * Where every read that answers a query starts: the by-id loaders (and so
 * `_entities` and every field pointing at one), each batched list and the root lists.
 * Each entity has one query here, with its alias; the loaders and the root fields
 * narrow and order it. (Mutations look up the records they check or change by key,
 * inside their transaction: mutations/.)
 *
 * Party documents, reports and working sessions may be classified RESTRICTED, which
 * only the owning family and party committees at the record's unit or above see
 * (design section 6): others get such records filtered out, never an error, and by no
 * path.
 *
 * Who sees a RESTRICTED one: the party committees and commissions of its unit or a
 * unit above it (the library's rule (b); the bodies above a document's issuer or a
 * session's committee are among them, hierarchy.ts). The unit that places a record in
 * the hierarchy is the issuer's for a document, the submitter's for a report and the
 * committee's for a working session.
 *
 * Narrow the classified queries with `andWhere`, never `where`: `where` replaces the
 * conditions already set, the visibility filter among them.
 */
type Reader = DataSource | EntityManager;

/** Committees, commissions, programs and models are never classified: whoever may read the graph reads them. */
export const committees = (db: Reader) => db.getRepository(PartyCommitteeEntity).createQueryBuilder('pc');
export const commissions = (db: Reader) => db.getRepository(MassMobilizationCommissionEntity).createQueryBuilder('mmc');
export const programs = (db: Reader) => db.getRepository(CoordinationProgramEntity).createQueryBuilder('p');
export const programParticipants = (db: Reader) => db.getRepository(ProgramParticipantEntity).createQueryBuilder('pp');
export const programReviews = (db: Reader) => db.getRepository(ProgramReviewEntity).createQueryBuilder('pr');
export const models = (db: Reader) => db.getRepository(MobilizationModelEntity).createQueryBuilder('m');
/** A document's links to the cases it names: only ids of the state's cases, which the state subgraph filters by their own classification. */
export const documentCaseLinks = (db: Reader) => db.getRepository(PartyDocumentCaseEntity).createQueryBuilder('dc');
/** The organizations of a working session: read only for a session already read through `visibleSessions`. */
export const sessionParticipants = (db: Reader) => db.getRepository(WorkingSessionParticipantEntity).createQueryBuilder('wsp');
/** A working session's links to the cases it discussed: ids of the state's cases, shown only as far as the state lets the viewer see them. */
export const sessionCaseLinks = (db: Reader) => db.getRepository(WorkingSessionCaseEntity).createQueryBuilder('wsc');

const DOCUMENTS: ClassifiedRecords = { family: 'party' };
const REPORTS: ClassifiedRecords = { family: 'party', pathColumn: 'submitter_unit_path' };
const SESSIONS: ClassifiedRecords = { family: 'party' };

export function visibleDocuments(db: Reader, viewer: Viewer): SelectQueryBuilder<PartyDocumentEntity> {
  return whereVisible(db.getRepository(PartyDocumentEntity).createQueryBuilder('d'), 'd', viewer, DOCUMENTS);
}

/** Working sessions, narrowed the same way, placed by their committee's unit. */
export function visibleSessions(db: Reader, viewer: Viewer): SelectQueryBuilder<WorkingSessionEntity> {
  return whereVisible(db.getRepository(WorkingSessionEntity).createQueryBuilder('ws'), 'ws', viewer, SESSIONS);
}

/**
 * Reports, narrowed the same way; besides, the organization that submitted a report
 * always reads it back, whatever its family: it wrote it, and it needs it to send a
 * correction. (The submitter's superiors in another family do not: the report is the
 * party's record, addressed to the party.)
 */
export function visibleReports(db: Reader, viewer: Viewer): SelectQueryBuilder<ReportEntity> {
  const query = db.getRepository(ReportEntity).createQueryBuilder('r');
  // An organization that does not exist has submitted nothing.
  if (!viewer.placed) return whereVisible(query, 'r', viewer, REPORTS);
  return query.andWhere(
    new Brackets((either) => {
      either.where('(r.submitter_type = :viewerType AND r.submitter_id = :viewerId)', {
        viewerType: viewer.org.type,
        viewerId: viewer.org.id,
      });
      either.orWhere(
        new Brackets((visible) => {
          // A Brackets' builder is a query builder of the same query: the library's filter adds its condition to it.
          whereVisible(visible as SelectQueryBuilder<ReportEntity>, 'r', viewer, REPORTS);
        }),
      );
    }),
  );
}

/**
 * The same rule for one report already read: reporting compliance reads every report
 * of a period (its counts and statuses must not depend on who asks) and shows each
 * obligation's report only to a viewer who may read it.
 */
export function canReadReport(viewer: Viewer, report: ReportEntity): boolean {
  return (
    report.classification === 'PUBLIC' ||
    (!!viewer.placed && report.submitterType === viewer.org.type && report.submitterId === viewer.org.id) ||
    partyBodyAbove(viewer, report.submitterUnitPath)
  );
}

/** Every report, whoever asks: only for computations whose result must not depend on the viewer (reporting compliance). */
export function allReports(db: Reader): SelectQueryBuilder<ReportEntity> {
  return db.getRepository(ReportEntity).createQueryBuilder('r');
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

/** Narrows a model query (alias `m`) to the models recognized in `year`; every year when null. */
export function whereModelYear<Q extends Narrowable>(query: Q, year: number | null): Q {
  if (year !== null) query.andWhere('m.year = :year', { year });
  return query;
}

/** Narrows a working-session query (alias `ws`) to the sessions held from `from` to `to`; a null bound is no bound. */
export function whereHeldBetween<Q extends Narrowable>(query: Q, { from, to }: { from: string | null; to: string | null }): Q {
  if (from !== null) query.andWhere('ws.held_on >= :heldFrom', { heldFrom: from });
  if (to !== null) query.andWhere('ws.held_on <= :heldTo', { heldTo: to });
  return query;
}
