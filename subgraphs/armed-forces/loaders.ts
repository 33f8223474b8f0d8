import { DataSource, SelectQueryBuilder } from 'typeorm';
import { filteredListLoader, listLoader, recordLoader, subtreePatterns, unitsOnPath, whereInSubtrees, type Viewer } from '../../lib';
import type { MobilizationActivityEntity } from './entities/MobilizationActivity';
import type { ActivityKind } from './generated/resolvers';
import { activities, armedUnits, mostRecentFirst } from './queries';
import { ActivityKindRow, activitiesByKind, StatisticsRange, unitsInSubtrees } from './statistics';

/** The arguments of `AdministrativeUnit.mobilizationActivities` other than `includeDescendants`. */
export interface ActivityArgs {
  kind: ActivityKind | null;
  from: string | null;
  to: string | null;
}

/**
 * The request's DataLoaders: one per entity by id and one per list field by parent
 * key, so a list of N parents costs one statement per field, not N.
 */
export function createLoaders(db: DataSource, viewer: Viewer) {
  const activitiesWhere = (column: string, keys: readonly string[]) =>
    mostRecentFirst(activities(db, viewer).andWhere(`${column} IN (:...keys)`, { keys: [...keys] })).getMany();

  /** The activities of `query` (already restricted to the batch's units) that match the list arguments. */
  const filteredActivities = (query: SelectQueryBuilder<MobilizationActivityEntity>, args: ActivityArgs) => {
    if (args.kind) query.andWhere('a.kind = :kind', { kind: args.kind });
    if (args.from) query.andWhere('a.started_on >= :from', { from: args.from });
    if (args.to) query.andWhere('a.started_on <= :to', { to: args.to });
    return mostRecentFirst(query).getMany();
  };

  return {
    armedUnit: recordLoader(
      (ids) =>
        armedUnits(db)
          .where('u.id IN (:...ids)', { ids: [...ids] })
          .getMany(),
      (unit) => unit.id,
    ),
    /** AdministrativeUnit.armedUnits: the units stationed in the unit itself, ordered by id. */
    armedUnitsByUnit: listLoader(
      (codes) =>
        armedUnits(db)
          .where('u.unit_code IN (:...codes)', { codes: [...codes] })
          .orderBy('u.id')
          .getMany(),
      (unit) => unit.unitCode,
    ),
    mobilizationActivity: recordLoader(
      (ids) =>
        activities(db, viewer)
          .andWhere('a.id IN (:...ids)', { ids: [...ids] })
          .getMany(),
      (activity) => activity.id,
    ),
    /** AdministrativeUnit.mobilizationActivities in the unit itself. */
    activitiesInUnit: filteredListLoader(
      (codes, args: ActivityArgs) =>
        filteredActivities(activities(db, viewer).andWhere('a.unit_code IN (:...codes)', { codes: [...codes] }), args),
      (activity) => activity.unitCode,
    ),
    /**
     * AdministrativeUnit.mobilizationActivities with includeDescendants: one prefix
     * match on the materialized path for the whole batch; a row belongs to every
     * requested unit on its path. (Every code is a valid reference here, so a batch
     * may hold only unknown codes: they have no subtree, and no statement is sent.)
     */
    activitiesInSubtree: filteredListLoader(
      (codes, args: ActivityArgs) =>
        subtreePatterns(codes).length === 0
          ? Promise.resolve([])
          : filteredActivities(whereInSubtrees(activities(db, viewer), 'a', codes), args),
      (activity) => unitsOnPath(activity.unitPath),
    ),
    /**
     * `UnitStatistics.activitiesByKind`, keyed by the statistics' unit and range: the
     * batch is grouped by range, one aggregate statement for each (see `statistics.ts`).
     */
    activitiesByKind: filteredListLoader<StatisticsRange, ActivityKindRow>(
      (codes, range) => activitiesByKind(db, codes, range),
      (row) => row.unitCode,
    ),
    /** `UnitStatistics.armedUnits`, by unit code: one statement for the batch (see `statistics.ts`). */
    unitsInSubtree: listLoader(
      (codes) => unitsInSubtrees(db, codes),
      (unit) => unitsOnPath(unit.unitPath),
    ),
    activitiesByArmedUnit: listLoader(
      (ids) => activitiesWhere('a.conducted_by_id', ids),
      (activity) => activity.conductedById,
    ),
    activitiesByCase: listLoader(
      (ids) => activitiesWhere('a.case_id', ids),
      (activity) => activity.caseId!,
    ),
    activitiesByProgram: listLoader(
      (ids) => activitiesWhere('a.coordination_program_id', ids),
      (activity) => activity.coordinationProgramId!,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
