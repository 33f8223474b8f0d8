import { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  codesOf,
  filteredListLoader,
  listLoader,
  parseViewKey,
  recordLoader,
  successorsLoader,
  unitViewLoader,
  type Viewer,
  viewsOfRow,
  whereInLineages,
} from '../../lib';
import type { ArmedUnitEntity } from './entities/ArmedUnit';
import type { MobilizationActivityEntity } from './entities/MobilizationActivity';
import type { ActivityKind } from './generated/resolvers';
import { activities, armedUnits, mostRecentFirst } from './queries';
import { ActivityKindRow, activitiesByKind, StatisticsRange, unitsInLineages } from './statistics';

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
    armedUnitSuccessors: successorsLoader(() => armedUnits(db), 'u'),
    /** AdministrativeUnit.armedUnits: the units stationed in the unit itself on the view's day, ordered by id. */
    armedUnitsByUnit: unitViewLoader((codes) => armedUnits(db).where('u.unit_code IN (:...codes)', { codes }).orderBy('u.id').getMany()),
    mobilizationActivity: recordLoader(
      (ids) =>
        activities(db, viewer)
          .andWhere('a.id IN (:...ids)', { ids: [...ids] })
          .getMany(),
      (activity) => activity.id,
    ),
    /** AdministrativeUnit.mobilizationActivities in the unit itself. */
    activitiesInUnit: filteredListLoader(
      (keys, args: ActivityArgs) =>
        filteredActivities(activities(db, viewer).andWhere('a.unit_code IN (:...codes)', { codes: codesOf(keys) }), args),
      (activity, keys) => viewsOfRow(keys)(activity.unitPath).filter((key) => parseViewKey(key).code === activity.unitCode),
    ),
    /**
     * AdministrativeUnit.mobilizationActivities with includeDescendants: the lineages
     * of the whole batch in one statement, over the range asked for; a row belongs to
     * every requested unit whose lineage holds it.
     */
    activitiesInSubtree: filteredListLoader(
      (keys, args: ActivityArgs) =>
        filteredActivities(whereInLineages(activities(db, viewer), 'a', keys, { dateColumn: 'started_on', range: args }), args),
      (activity, keys, args) => viewsOfRow(keys, args)(activity.unitPath, activity.startedOn),
    ),
    /**
     * `UnitStatistics.activitiesByKind`, keyed by the statistics' unit and range: the
     * batch is grouped by range, one aggregate statement for each (see `statistics.ts`).
     */
    activitiesByKind: filteredListLoader<StatisticsRange, ActivityKindRow>(
      (codes, range) => activitiesByKind(db, codes, range),
      (row) => row.unitCode,
    ),
    /** `UnitStatistics.armedUnits`, by view and range: one statement for the batch (see `statistics.ts`). */
    unitsInLineage: filteredListLoader<StatisticsRange, ArmedUnitEntity>(
      (keys, range) => unitsInLineages(db, keys, range),
      (unit, keys, range) => viewsOfRow(keys, range)(unit.unitPath, null, unit),
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
