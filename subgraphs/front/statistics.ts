import type { DataSource } from 'typeorm';
import { whereInSubtrees } from '../../lib';
import type { FrontOrganizationEntity } from './entities';
import { frontOrganizations } from './queries';

/**
 * The Front's part of `UnitStatistics` (design section 5, scenario 5): the Front
 * committees and socio-political organizations that owe periodic reports in a unit
 * and every unit below it (rule 1 of the reporting regime, design section 4), which
 * the party's `reportingByFamily` `@requires`. The list is the same for any range:
 * the statistics' unit alone selects it.
 */

/**
 * Every organization in the subtree of each of `unitCodes`, ordered by id, in one
 * prefix match for the whole batch (the loader hands each unit the rows on its path).
 * The central organizations owe no periodic report: a CENTRAL unit contributes only
 * the organizations below it.
 */
export function reportingFrontOrganizations(db: DataSource, unitCodes: readonly string[]): Promise<FrontOrganizationEntity[]> {
  return whereInSubtrees(frontOrganizations(db), 'o', unitCodes).andWhere(`o.level <> 'CENTRAL'`).orderBy('o.id').getMany();
}
