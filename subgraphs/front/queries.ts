import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { ClassifiedRecords, whereVisible, type Viewer } from '../../lib';
import { CampaignEntity, FrontOrganizationEntity, RecommendationEntity, SupervisionEntity } from './entities';
import { organizationsAtOrBelow } from './hierarchy';

/**
 * The one place every read of each entity starts from: the loaders, the root lists
 * and the statistics. Only supervisions may be classified; organizations, campaigns
 * and recommendations are read as they are (a recommendation is reached only through
 * its supervision).
 */

/** Front and socio-political organizations, aliased `o`: public facts, never classified. */
export function frontOrganizations(db: DataSource): SelectQueryBuilder<FrontOrganizationEntity> {
  return db.getRepository(FrontOrganizationEntity).createQueryBuilder('o');
}

/** Campaigns and emulation movements, aliased `c`: public, never classified. */
export function campaigns(db: DataSource): SelectQueryBuilder<CampaignEntity> {
  return db.getRepository(CampaignEntity).createQueryBuilder('c');
}

/** Recommendations, aliased `r`: read only by supervision, after the supervision itself passed `visibleSupervisions`. */
export function recommendations(db: DataSource): SelectQueryBuilder<RecommendationEntity> {
  return db.getRepository(RecommendationEntity).createQueryBuilder('r');
}

/** A supervision belongs to the organization that conducted it and lies in its unit. */
const SUPERVISIONS: ClassifiedRecords = { family: 'front', owner: { column: 'conducted_by_id', subordinates: organizationsAtOrBelow } };

/**
 * Every read of supervisions starts from this query, aliased `s`: the by-id loader
 * (so the root `supervision` and `_entities`), each batched list
 * (`supervisionsConducted`, `supervisionsReceived`, `Case.supervisions`,
 * `CoordinationProgram.frontActivities`) and the root `supervisions` list.
 * Supervisions may be classified RESTRICTED, which only the conducting organization
 * and those above it, and the party committees and commissions at the record's unit
 * or above it may see (design section 6): they are filtered out here, by `viewer`,
 * so that no path can bypass it. Callers add their conditions with `andWhere`:
 * `where` would replace this one.
 */
export function visibleSupervisions(db: DataSource, viewer: Viewer): SelectQueryBuilder<SupervisionEntity> {
  return whereVisible(db.getRepository(SupervisionEntity).createQueryBuilder('s'), 's', viewer, SUPERVISIONS);
}
