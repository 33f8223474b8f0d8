import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ClassifiedRecords, whereVisible, type Viewer } from '../../lib';
import { ArmedUnitEntity } from './entities/ArmedUnit';
import { MobilizationActivityEntity } from './entities/MobilizationActivity';
import { unitsAtOrBelow } from './hierarchy';

/**
 * The one place every read of each entity starts from (the loaders, the root
 * lists, and the mutation's replay alike). Activities may be classified RESTRICTED
 * (design section 6): `activities` filters them by viewer, so by-id loads,
 * `_entities`, nested lists and root lists all apply the same rule.
 */

/** A connection or a transaction's manager: reads inside a mutation go through its transaction. */
type Reader = DataSource | EntityManager;

/** Armed units, aliased `u`. Units are public facts and never classified. */
export function armedUnits(db: Reader): SelectQueryBuilder<ArmedUnitEntity> {
  return db.getRepository(ArmedUnitEntity).createQueryBuilder('u');
}

/** An activity belongs to the unit that conducted it and lies in the unit where it took place. */
const ACTIVITIES: ClassifiedRecords = { family: 'armed-forces', owner: { column: 'conducted_by_id', subordinates: unitsAtOrBelow } };

/**
 * Mass-mobilization activities the viewer may see, aliased `a`: every PUBLIC one, and
 * RESTRICTED ones only for the conducting unit and the units above it in its chain of
 * command, and for the party committees and commissions of the activity's unit or a
 * unit above it (the library's `whereVisible`).
 */
export function activities(db: Reader, viewer: Viewer): SelectQueryBuilder<MobilizationActivityEntity> {
  return whereVisible(db.getRepository(MobilizationActivityEntity).createQueryBuilder('a'), 'a', viewer, ACTIVITIES);
}

/** "Most recent first", the order of every list of activities; the id breaks ties so pages are stable. */
export function mostRecentFirst<T extends MobilizationActivityEntity>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return query.orderBy('a.started_on', 'DESC').addOrderBy('a.id', 'DESC');
}
