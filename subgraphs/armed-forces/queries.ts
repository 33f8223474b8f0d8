import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../kit/auth';
import { ArmedUnitEntity } from './entities/ArmedUnit';
import { MobilizationActivityEntity } from './entities/MobilizationActivity';

/**
 * The one place every read of each entity starts from. Activities may be classified
 * RESTRICTED (design section 6); when the viewer-based filter comes, it goes into
 * `activities` and then applies to the loaders and the root lists alike.
 */

/** Armed units, aliased `u`. Units are public facts and never classified. */
export function armedUnits(db: DataSource): SelectQueryBuilder<ArmedUnitEntity> {
  return db.getRepository(ArmedUnitEntity).createQueryBuilder('u');
}

/** Mass-mobilization activities the viewer may see, aliased `a`. */
export function activities(db: DataSource, _viewer: Viewer): SelectQueryBuilder<MobilizationActivityEntity> {
  return db.getRepository(MobilizationActivityEntity).createQueryBuilder('a');
}

/** "Most recent first", the order of every list of activities; the id breaks ties so pages are stable. */
export function mostRecentFirst<T extends MobilizationActivityEntity>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return query.orderBy('a.started_on', 'DESC').addOrderBy('a.id', 'DESC');
}
