import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { ClassifiedRecords, whereVisible, type Viewer } from '../../lib';
import { SupervisionEntity } from './entities';
import { organizationsAtOrBelow } from './hierarchy';

/** A supervision belongs to the organization that conducted it and lies in its unit. */
const SUPERVISIONS: ClassifiedRecords = { family: 'front', owner: { column: 'conducted_by_id', subordinates: organizationsAtOrBelow } };

/**
 * Every read of supervisions starts from this query: the by-id loader (so the
 * root `supervision` and `_entities`), each batched list (`supervisionsConducted`,
 * `supervisionsReceived`, `Case.supervisions`, `CoordinationProgram.frontActivities`)
 * and the root `supervisions` list. Supervisions may be classified RESTRICTED,
 * which only the conducting organization and those above it, and the party
 * committees and commissions at the record's unit or above it may see (design
 * section 6): they are filtered out here, by
 * `viewer`, so that no path can bypass it. Callers add their conditions with
 * `andWhere`: `where` would replace this one.
 */
export function visibleSupervisions(db: DataSource, viewer: Viewer): SelectQueryBuilder<SupervisionEntity> {
  return whereVisible(db.getRepository(SupervisionEntity).createQueryBuilder('s'), 's', viewer, SUPERVISIONS);
}
