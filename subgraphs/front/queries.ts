import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../kit/auth';
import { whereVisible } from '../kit/visibility';
import { SupervisionEntity } from './entities';

/**
 * Every read of supervisions starts from this query: the by-id loader (so the
 * root `supervision` and `_entities`), each batched list (`supervisionsConducted`,
 * `supervisionsReceived`, `Case.supervisions`, `CoordinationProgram.frontActivities`)
 * and the root `supervisions` list. Supervisions may be classified RESTRICTED,
 * which only the owning family (the Front) and party committees at the record's
 * unit or above it may see (design section 6): they are filtered out here, by
 * `viewer`, so that no path can bypass it. Callers add their conditions with
 * `andWhere`: `where` would replace this one.
 */
export function visibleSupervisions(db: DataSource, viewer: Viewer): SelectQueryBuilder<SupervisionEntity> {
  return whereVisible(db.getRepository(SupervisionEntity).createQueryBuilder('s'), 's', viewer, 'front');
}
