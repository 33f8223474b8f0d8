import type { DataSource } from 'typeorm';
import {
  countsInStatistics,
  lineageArrays,
  LINEAGE_ROOTS,
  type StatisticsDays,
  type Level,
  underPattern,
  whereInLineages,
} from '../../lib';
import { CASE_CATEGORIES, CASE_STATUSES, CaseCategory, CaseStatus } from './entities/Case';
import type { StateAgency } from './entities/StateAgency';
import { agencyQuery } from './queries';

/**
 * The state's part of `UnitStatistics` (design section 5, scenario 5): figures of
 * a unit and every unit below it over a date range.
 *
 * Every figure is computed by PostgreSQL (GROUP BY and aggregates); no record is
 * loaded into Node to be counted. Each function answers a whole batch of units
 * that share one range in one statement: the batch's units are the roots, each
 * with the segments of its lineage (lib/lineage.ts: its own subtree while it was in
 * force, its predecessors' before), a record counts for every root one of whose
 * segments holds it (path and day), and the rows come back per root (its view key).
 * A code no unit ever had has no segments, so its figures are empty.
 *
 * Statistics count RESTRICTED cases and dialogues over a province or the nation, not
 * below (`countsInStatistics`), the same for every viewer. So these read the tables
 * directly, not through `visibleCases`/`visibleDialogues`, which filter by viewer.
 */

export type StatisticsRange = StatisticsDays;

/** The tiers in the SDL's order, the order figures by level are listed in. */
const LEVELS: readonly Level[] = ['CENTRAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE'];

/** One `DialogueLevelStatistics`, for the root unit `unitCode`. */
export interface DialogueLevelRow {
  unitCode: string;
  level: Level;
  dialogues: number;
  participants: number;
  issuesRaised: number;
  issuesResolved: number;
}

/** Dialogues held in the range in each unit's lineage, by the tier where they were held (none: no row). */
export function dialoguesByLevel(db: DataSource, keys: readonly string[], range: StatisticsRange): Promise<DialogueLevelRow[]> {
  const roots = lineageArrays(keys, range);
  return db.query(
    `SELECT root.key AS "unitCode",
            d.level,
            count(*)::int AS dialogues,
            sum(d.participants)::int AS participants,
            sum(d.issues_raised)::int AS "issuesRaised",
            sum(d.issues_resolved)::int AS "issuesResolved"
       FROM ${LINEAGE_ROOTS}
       JOIN dialogue d ON ${underPattern('d.unit_path', 'root.pattern')} AND d.held_on BETWEEN root.first_day AND root.last_day
      WHERE ${countsInStatistics('d', 'root.level')}
      GROUP BY root.key, d.level
      ORDER BY root.key, array_position(CAST($6 AS text[]), d.level)`,
    [roots.keys, roots.patterns, roots.froms, roots.tos, roots.levels, LEVELS],
  );
}

/** One `CaseCategoryStatistics`, for the root unit `unitCode`. */
export interface CaseCategoryRow {
  unitCode: string;
  category: CaseCategory;
  cases: number;
  byStatus: { status: CaseStatus; cases: number }[];
  medianDaysToResolve: number | null;
}

/**
 * Cases opened in the range in each unit's lineage, by category (none: no row),
 * with how many are in each status now and the median of `resolved_on - opened_on`
 * in days over the RESOLVED ones (CLOSED cases carry a date too, but were not
 * resolved). The inner query counts by (root, category, status); since only the
 * RESOLVED group enters the median, its median is the category's.
 */
export function casesByCategory(db: DataSource, keys: readonly string[], range: StatisticsRange): Promise<CaseCategoryRow[]> {
  const roots = lineageArrays(keys, range);
  return db.query(
    `SELECT s."unitCode",
            s.category,
            sum(s.cases)::int AS cases,
            json_agg(json_build_object('status', s.status, 'cases', s.cases)
                     ORDER BY array_position(CAST($7 AS text[]), s.status)) AS "byStatus",
            max(s.median_days) FILTER (WHERE s.status = 'RESOLVED') AS "medianDaysToResolve"
       FROM (SELECT root.key AS "unitCode",
                    c.category,
                    c.status,
                    count(*)::int AS cases,
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY c.resolved_on - c.opened_on) AS median_days
               FROM ${LINEAGE_ROOTS}
               JOIN citizen_case c ON ${underPattern('c.unit_path', 'root.pattern')} AND c.opened_on BETWEEN root.first_day AND root.last_day
              WHERE ${countsInStatistics('c', 'root.level')}
              GROUP BY root.key, c.category, c.status) s
      GROUP BY s."unitCode", s.category
      ORDER BY s."unitCode", array_position(CAST($6 AS text[]), s.category)`,
    [roots.keys, roots.patterns, roots.froms, roots.tos, roots.levels, CASE_CATEGORIES, CASE_STATUSES],
  );
}

/**
 * `UnitStatistics.stateAgencies`: every agency in the lineages of a batch of views
 * that was in force on some day of the range, ordered by id, in one statement. The
 * state publishes its plain list, with validity; which of them owe reports is the
 * reporting regime's to decide, in the party subgraph (subgraphs/party/reporting/regime.ts).
 */
export function agenciesInLineages(db: DataSource, keys: readonly string[], range: StatisticsRange): Promise<StateAgency[]> {
  return whereInLineages(agencyQuery(db), 'a', keys, { validity: true, range }).orderBy('a.id', 'ASC').getMany();
}
