import type { DataSource } from 'typeorm';
import { type StatisticsDays, whereInLineages } from '../../lib';
import type { FrontOrganizationEntity } from './entities';
import { frontOrganizations } from './queries';

/**
 * The Front's part of `UnitStatistics` (design section 5, scenario 5): every Front
 * committee and socio-political organization of a unit and every unit below it,
 * which the party's `reportingByFamily` `@requires`. The Front publishes its plain
 * list; which of them owe reports is the reporting regime's to decide, in the party
 * subgraph (subgraphs/party/reporting/regime.ts). The list holds those in force on
 * some day of the range, with their validity: the regime binds, for each period,
 * those in force on its last day.
 */

/** Every organization in the lineage of each view over the range, ordered by id, in one statement for the whole batch. */
export function organizationsInLineages(
  db: DataSource,
  keys: readonly string[],
  range: StatisticsDays,
): Promise<FrontOrganizationEntity[]> {
  return whereInLineages(frontOrganizations(db), 'o', keys, { validity: true, range }).orderBy('o.id').getMany();
}
