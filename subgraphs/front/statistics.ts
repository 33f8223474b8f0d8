import type { DataSource } from 'typeorm';
import { whereInSubtrees } from '../../lib';
import type { FrontOrganizationEntity } from './entities';
import { frontOrganizations } from './queries';

/**
 * The Front's part of `UnitStatistics` (design section 5, scenario 5): every Front
 * committee and socio-political organization of a unit and every unit below it,
 * which the party's `reportingByFamily` `@requires`. The Front publishes its plain
 * list; which of them owe reports is the reporting regime's to decide, in the party
 * subgraph (subgraphs/party/reporting/regime.ts). The list is the same for any
 * range: the statistics' unit alone selects it.
 */

/** Every organization in the subtree of each of `unitCodes`, ordered by id, in one prefix match for the whole batch. */
export function organizationsInSubtrees(db: DataSource, unitCodes: readonly string[]): Promise<FrontOrganizationEntity[]> {
  return whereInSubtrees(frontOrganizations(db), 'o', unitCodes).orderBy('o.id').getMany();
}
