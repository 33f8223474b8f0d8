import { Column, Entity, VersionColumn } from 'typeorm';
import { OrganizationColumns } from '../../../lib';

/**
 * A party committee (cấp ủy): the Central Committee (`PC-VN`) or the committee of a
 * province, district or commune (`PC-<unit code>`), one per unit: the unit it leads.
 * The organization columns (id, name, level, unit, head) are the library's, as in
 * every family. Committees form one tree through `parentId`, which the reporting
 * regime follows (rule 2: a committee reports to its parent).
 */
@Entity({ name: 'party_committee' })
export class PartyCommitteeEntity extends OrganizationColumns {
  /** The committee of the parent unit; null for the Central Committee only. */
  @Column({ name: 'parent_id', type: 'text', nullable: true })
  parentId: string | null;

  @VersionColumn()
  version: number;

  /** The `Organization` union member this is (the union's `__resolveType` reads it). */
  get __typename(): 'PartyCommittee' {
    return 'PartyCommittee';
  }
}
