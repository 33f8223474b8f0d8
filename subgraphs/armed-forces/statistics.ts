import type { DataSource } from 'typeorm';
import { countsInStatistics, lineageArrays, LINEAGE_ROOTS, type StatisticsDays, underPattern, whereInLineages } from '../../lib';
import type { ArmedUnitEntity } from './entities/ArmedUnit';
import { ACTIVITY_KINDS } from './entities/MobilizationActivity';
import type { ActivityKind } from './generated/resolvers';
import { armedUnits } from './queries';

/**
 * The armed forces' part of `UnitStatistics` (design section 5, scenario 5): the
 * activities of a unit and every unit below it over a date range, by kind
 * (`activitiesByKind`), and the armed units stationed there (`armedUnits`, which the
 * party subgraph's `reportingByFamily` @requires).
 *
 * Every figure is computed by PostgreSQL (GROUP BY and aggregates); no activity is
 * loaded into Node to be counted. A whole batch of units that share one range costs
 * one statement: the batch's units are the roots, each with the segments of its
 * lineage (lib/lineage.ts), an activity counts for every root one of whose segments
 * holds it (path and day), and the rows come back per root. Roots are placed by the
 * official unit lists (no table of units here); a code outside them has no segments,
 * and its figures are empty.
 *
 * Statistics count RESTRICTED activities over a province or the nation, not below
 * (`countsInStatistics`), the same for every viewer; so this reads the table
 * directly, not through `activities`, which filters by viewer.
 */

export type StatisticsRange = StatisticsDays;

/** One `ActivityKindStatistics`, for the root unit `unitCode`. */
export interface ActivityKindRow {
  unitCode: string;
  kind: ActivityKind;
  activities: number;
  personnel: number;
  manDays: number;
  householdsReached: number;
}

/** Activities started in the range in each unit's lineage, by kind (none: no row), with their people and man-days. */
export function activitiesByKind(db: DataSource, keys: readonly string[], range: StatisticsRange): Promise<ActivityKindRow[]> {
  const roots = lineageArrays(keys, range);
  return db.query(
    `SELECT root.key AS "unitCode",
            a.kind,
            count(*)::int AS activities,
            sum(a.personnel)::int AS personnel,
            sum(a.man_days)::int AS "manDays",
            sum(a.households_reached)::int AS "householdsReached"
       FROM ${LINEAGE_ROOTS}
       JOIN mobilization_activity a ON ${underPattern('a.unit_path', 'root.pattern')} AND a.started_on BETWEEN root.first_day AND root.last_day
      WHERE ${countsInStatistics('a', 'root.level')}
      GROUP BY root.key, a.kind
      ORDER BY root.key, array_position(CAST($6 AS text[]), a.kind)`,
    [roots.keys, roots.patterns, roots.froms, roots.tos, roots.levels, ACTIVITY_KINDS],
  );
}

/**
 * `UnitStatistics.armedUnits` of a batch of views: every armed unit stationed in each
 * view's lineage and in force on some day of the range, whatever its tier, ordered by
 * id, in one statement for the batch. The armed forces publish their plain list, with
 * validity; which units owe reports (those at their own unit's tier, in force on a
 * period's last day) is the reporting regime's to decide, in the party subgraph
 * (subgraphs/party/reporting/regime.ts).
 */
export function unitsInLineages(db: DataSource, keys: readonly string[], range: StatisticsRange): Promise<ArmedUnitEntity[]> {
  return whereInLineages(armedUnits(db), 'u', keys, { validity: true, range }).orderBy('u.id').getMany();
}
