import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../kit/auth';
import { SupervisionEntity } from './entities';

/**
 * Every read of supervisions starts from this query: the by-id loader, each
 * batched list and the root `supervisions` list. Supervisions may be classified
 * RESTRICTED, which only the owning family and party committees at the same or a
 * higher level may see (design section 6); that filter, by `viewer`, belongs here
 * so that no path can bypass it. Until it is added every record is returned.
 */
export function visibleSupervisions(db: DataSource, viewer: Viewer): SelectQueryBuilder<SupervisionEntity> {
  return db.getRepository(SupervisionEntity).createQueryBuilder('s');
}
