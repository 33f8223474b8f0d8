import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../kit/auth';
import { PartyDocumentEntity, ReportEntity } from './entities';

/**
 * Every read of party documents starts from this query: the by-id loader, each
 * batched list and the root `partyDocuments` list. Documents may be classified
 * RESTRICTED, which only the owning family and party committees at the same or a
 * higher level may see (design section 6); that filter, by `viewer`, belongs here
 * so that no path can bypass it. Until it is added every record is returned.
 */
export function visibleDocuments(db: DataSource, viewer: Viewer): SelectQueryBuilder<PartyDocumentEntity> {
  void viewer;
  return db.getRepository(PartyDocumentEntity).createQueryBuilder('d');
}

/** Every read of reports starts from this query, for the same reason as `visibleDocuments`. */
export function visibleReports(db: DataSource, viewer: Viewer): SelectQueryBuilder<ReportEntity> {
  void viewer;
  return db.getRepository(ReportEntity).createQueryBuilder('r');
}
