import type { DataSource } from 'typeorm';
import { countsInStatistics, whereInSubtrees, type Level } from '../../lib';
import { CASE_CATEGORIES, CASE_STATUSES, CaseCategory, CaseStatus } from './entities/Case';
import type { StateAgency } from './entities/StateAgency';
import { agencyQuery } from './queries';

/**
 * The state's part of `UnitStatistics` (design section 5, scenario 5): figures of
 * a unit and every unit below it over a date range.
 *
 * Every figure is computed by PostgreSQL (GROUP BY and aggregates); no record is
 * loaded into Node to be counted. Each function answers a whole batch of units
 * that share one range in one statement: the batch's units are the roots, a
 * record counts for every root whose subtree holds it (`unit_path LIKE root.path
 * || '%'`), and the rows come back per root. The roots come from the units table:
 * a code the state does not know joins nothing, so its figures are empty.
 *
 * Statistics count RESTRICTED cases and dialogues over a province or the nation, not
 * below (`countsInStatistics`), the same for every viewer. So these read the tables
 * directly, not through `visibleCases`/`visibleDialogues`, which filter by viewer.
 */

/** The range of a key: a batch of statistics costs one statement per distinct range. */
export interface StatisticsRange {
  from: string;
  to: string;
}

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

/** Dialogues held in the range in each unit's subtree, by the tier where they were held (none: no row). */
export function dialoguesByLevel(db: DataSource, codes: readonly string[], { from, to }: StatisticsRange): Promise<DialogueLevelRow[]> {
  return db.query(
    `SELECT root.code AS "unitCode",
            d.level,
            count(*)::int AS dialogues,
            sum(d.participants)::int AS participants,
            sum(d.issues_raised)::int AS "issuesRaised",
            sum(d.issues_resolved)::int AS "issuesResolved"
       FROM administrative_unit root
       JOIN dialogue d ON d.unit_path LIKE root.path || '%'
      WHERE root.code = ANY(CAST($1 AS text[]))
        AND d.held_on >= CAST($2 AS date) AND d.held_on <= CAST($3 AS date)
        AND ${countsInStatistics('d', 'root.level')}
      GROUP BY root.code, d.level
      ORDER BY root.code, array_position(CAST($4 AS text[]), d.level)`,
    [codes, from, to, LEVELS],
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
 * Cases opened in the range in each unit's subtree, by category (none: no row),
 * with how many are in each status now and the median of `resolved_on - opened_on`
 * in days over the RESOLVED ones (CLOSED cases carry a date too, but were not
 * resolved). The inner query counts by (root, category, status); since only the
 * RESOLVED group enters the median, its median is the category's.
 */
export function casesByCategory(db: DataSource, codes: readonly string[], { from, to }: StatisticsRange): Promise<CaseCategoryRow[]> {
  return db.query(
    `SELECT s."unitCode",
            s.category,
            sum(s.cases)::int AS cases,
            json_agg(json_build_object('status', s.status, 'cases', s.cases)
                     ORDER BY array_position(CAST($5 AS text[]), s.status)) AS "byStatus",
            max(s.median_days) FILTER (WHERE s.status = 'RESOLVED') AS "medianDaysToResolve"
       FROM (SELECT root.code AS "unitCode",
                    c.category,
                    c.status,
                    count(*)::int AS cases,
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY c.resolved_on - c.opened_on) AS median_days
               FROM administrative_unit root
               JOIN citizen_case c ON c.unit_path LIKE root.path || '%'
              WHERE root.code = ANY(CAST($1 AS text[]))
                AND c.opened_on >= CAST($2 AS date) AND c.opened_on <= CAST($3 AS date)
                AND ${countsInStatistics('c', 'root.level')}
              GROUP BY root.code, c.category, c.status) s
      GROUP BY s."unitCode", s.category
      ORDER BY s."unitCode", array_position(CAST($4 AS text[]), s.category)`,
    [codes, from, to, CASE_CATEGORIES, CASE_STATUSES],
  );
}

/**
 * `UnitStatistics.stateAgencies`: every agency in the subtrees of the units `codes`,
 * ordered by id, in one prefix match for the batch. The state publishes its plain
 * list; which of them owe reports is the reporting regime's to decide, in the party
 * subgraph (subgraphs/party/reporting/regime.ts).
 */
export function agenciesInSubtrees(db: DataSource, codes: readonly string[]): Promise<StateAgency[]> {
  return whereInSubtrees(agencyQuery(db), 'a', codes).orderBy('a.id', 'ASC').getMany();
}
