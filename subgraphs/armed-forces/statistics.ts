import type { DataSource } from 'typeorm';
import { countsInStatistics, referenceUnit, whereInSubtrees } from '../../lib';
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
 * one statement: the batch's units are the roots, an activity counts for every root
 * whose subtree holds it (`unit_path LIKE root.path || '%'`), and the rows come
 * back per root. Roots are placed by the official unit list (no table of units
 * here); a code outside it has no subtree, and its figures are empty.
 *
 * Statistics count RESTRICTED activities over a province or the nation, not below
 * (`countsInStatistics`), the same for every viewer; so this reads the table
 * directly, not through `activities`, which filters by viewer.
 */

/** The range of a statistics key: a batch of statistics costs one statement per distinct range. */
export interface StatisticsRange {
  from: string;
  to: string;
}

/** One `ActivityKindStatistics`, for the root unit `unitCode`. */
export interface ActivityKindRow {
  unitCode: string;
  kind: ActivityKind;
  activities: number;
  personnel: number;
  manDays: number;
  householdsReached: number;
}

/** The codes of the batch's units on the official list, their paths and levels, in arrays of one order (for `unnest`). */
function roots(codes: readonly string[]): { codes: string[]; paths: string[]; levels: string[] } {
  const units = codes.flatMap((code) => referenceUnit(code) ?? []);
  return { codes: units.map((unit) => unit.code), paths: units.map((unit) => unit.path), levels: units.map((unit) => unit.level) };
}

/** Activities started in the range in each unit's subtree, by kind (none: no row), with their people and man-days. */
export function activitiesByKind(db: DataSource, unitCodes: readonly string[], { from, to }: StatisticsRange): Promise<ActivityKindRow[]> {
  const { codes, paths, levels } = roots(unitCodes);
  return db.query(
    `SELECT root.code AS "unitCode",
            a.kind,
            count(*)::int AS activities,
            sum(a.personnel)::int AS personnel,
            sum(a.man_days)::int AS "manDays",
            sum(a.households_reached)::int AS "householdsReached"
       FROM unnest(CAST($1 AS text[]), CAST($2 AS text[]), CAST($6 AS text[])) AS root (code, path, level)
       JOIN mobilization_activity a ON a.unit_path LIKE root.path || '%'
      WHERE a.started_on >= CAST($3 AS date) AND a.started_on <= CAST($4 AS date)
        AND ${countsInStatistics('a', 'root.level')}
      GROUP BY root.code, a.kind
      ORDER BY root.code, array_position(CAST($5 AS text[]), a.kind)`,
    [codes, paths, from, to, ACTIVITY_KINDS, levels],
  );
}

/**
 * `UnitStatistics.armedUnits` of a batch of units: every armed unit stationed in each
 * unit's subtree, whatever its tier, ordered by id, in one prefix match for the batch.
 * The armed forces publish their plain list; which units owe reports (those at their
 * own unit's tier) is the reporting regime's to decide, in the party subgraph
 * (subgraphs/party/reporting/regime.ts).
 */
export function unitsInSubtrees(db: DataSource, unitCodes: readonly string[]): Promise<ArmedUnitEntity[]> {
  return whereInSubtrees(armedUnits(db), 'u', unitCodes).orderBy('u.id').getMany();
}
