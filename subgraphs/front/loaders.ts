import type { DataSource } from 'typeorm';
import {
  filteredListLoader,
  listLoader,
  organizationKey,
  recordLoader,
  type StatisticsDays,
  successorsLoader,
  unitViewLoader,
  type Viewer,
  viewsOfRow,
} from '../../lib';
import { CampaignEntity, FrontOrganizationEntity, RecommendationTransferEntity, SupervisionEntity } from './entities';
import { FRONT_ORGANIZATION_KINDS } from './entities/FrontOrganization';
import { campaigns, frontOrganizations, recommendations, visibleSupervisions } from './queries';
import { organizationsInLineages } from './statistics';

/** A member of the `FrontActivity` union. */
export type FrontActivity = SupervisionEntity | CampaignEntity;

/** The date an activity is ordered by: when it started. */
export function activityDate(activity: FrontActivity): string {
  return activity instanceof SupervisionEntity ? activity.startedOn : activity.startsOn;
}

/** Most recent first; the id breaks ties so that the order is stable. */
function mostRecentFirst(a: FrontActivity, b: FrontActivity): number {
  const byDate = activityDate(b).localeCompare(activityDate(a));
  return byDate !== 0 ? byDate : b.id.localeCompare(a.id);
}

const kindRank = new Map<string, number>(FRONT_ORGANIZATION_KINDS.map((kind, i) => [kind, i]));

/**
 * The request's loaders: one per entity type by id, one per batched list field by
 * parent key. Each batch costs one statement (two for `frontActivities`, which
 * reads two tables) however many parents it serves; keys go in as one array
 * parameter so that the statement text is the same for any batch size.
 */
export function createLoaders(db: DataSource, viewer: Viewer) {
  const supervisions = () => visibleSupervisions(db, viewer).orderBy('s.started_on', 'DESC').addOrderBy('s.id', 'DESC');
  const campaignsMostRecentFirst = () => campaigns(db).orderBy('c.starts_on', 'DESC').addOrderBy('c.id', 'DESC');

  return {
    frontOrganization: recordLoader(
      (ids) => frontOrganizations(db).where('o.id = ANY(:ids)', { ids }).getMany(),
      (o) => o.id,
    ),
    frontOrganizationSuccessors: successorsLoader(() => frontOrganizations(db), 'o'),
    supervision: recordLoader(
      (ids) => visibleSupervisions(db, viewer).andWhere('s.id = ANY(:ids)', { ids }).getMany(),
      (s) => s.id,
    ),
    campaign: recordLoader(
      (ids) => campaigns(db).where('c.id = ANY(:ids)', { ids }).getMany(),
      (c) => c.id,
    ),

    /** `AdministrativeUnit.frontOrganizations`: the Front committee first, then the organizations in charter order. */
    frontOrganizationsByUnit: unitViewLoader(async (codes) => {
      const rows = await frontOrganizations(db).where('o.unit_code = ANY(:codes)', { codes }).getMany();
      return rows.sort((a, b) => kindRank.get(a.kind)! - kindRank.get(b.kind)!);
    }),
    /** `UnitStatistics.frontOrganizations`, by view and range: one statement for the batch (see `statistics.ts`). */
    organizationsInLineage: filteredListLoader<StatisticsDays, FrontOrganizationEntity>(
      (keys, range) => organizationsInLineages(db, keys, range),
      (o, keys, range) => viewsOfRow(keys, range)(o.unitPath, null, o),
    ),
    supervisionsByConductor: listLoader(
      (ids) => supervisions().andWhere('s.conducted_by_id = ANY(:ids)', { ids }).getMany(),
      (s) => s.conductedById,
    ),
    /** Keyed by `organizationKey(type, id)`. */
    supervisionsByTarget: listLoader(
      (keys) => {
        const ids = keys.map((key) => key.slice(key.indexOf(':') + 1));
        return supervisions().andWhere('s.target_id = ANY(:ids)', { ids }).getMany();
      },
      (s) => organizationKey(s.targetType, s.targetId),
    ),
    supervisionsByCase: listLoader(
      (ids) => supervisions().andWhere('s.case_id = ANY(:ids)', { ids }).getMany(),
      (s) => s.caseId!,
    ),
    recommendationsBySupervision: listLoader(
      (ids) =>
        recommendations(db).where('r.supervision_id = ANY(:ids)', { ids }).orderBy('r.supervision_id').addOrderBy('r.position').getMany(),
      (r) => r.supervisionId,
    ),
    /** `Recommendation.transfers` and `addressedTo(asOf)`: oldest first. */
    recommendationTransfers: listLoader(
      (ids) =>
        db
          .getRepository(RecommendationTransferEntity)
          .createQueryBuilder('t')
          .where('t.recommendation_id = ANY(:ids)', { ids })
          .orderBy('t.transferred_on', 'ASC')
          .getMany(),
      (t) => t.recommendationId,
    ),
    campaignsByOrganizer: listLoader(
      (ids) => campaignsMostRecentFirst().where('c.organizer_id = ANY(:ids)', { ids }).getMany(),
      (c) => c.organizerId,
    ),
    /** `CoordinationProgram.frontActivities`: supervisions and campaigns merged, most recent first. */
    frontActivitiesByProgram: listLoader<FrontActivity>(
      async (ids) => {
        const [programSupervisions, programCampaigns] = await Promise.all([
          supervisions().andWhere('s.coordination_program_id = ANY(:ids)', { ids }).getMany(),
          campaignsMostRecentFirst().where('c.coordination_program_id = ANY(:ids)', { ids }).getMany(),
        ]);
        return [...programSupervisions, ...programCampaigns].sort(mostRecentFirst);
      },
      (activity) => activity.coordinationProgramId!,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
