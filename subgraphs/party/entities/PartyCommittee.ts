import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { Level } from '../../../lib';

/**
 * A party committee (cấp ủy): the Central Committee (`PC-VN`) or the committee of a
 * province, district or commune (`PC-<unit code>`). Committees form one tree
 * through `parentId`, which the reporting regime follows (rule 2: a committee
 * reports to its parent).
 */
@Entity({ name: 'party_committee' })
export class PartyCommitteeEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: Level;

  /** The unit the committee leads; one committee per unit. */
  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  /** `/VN/60/596/`: the unit's materialized path, for "this unit and all below it". */
  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  @Column({ name: 'head_name', type: 'text', nullable: true })
  headName: string | null;

  @Column({ name: 'head_title', type: 'text', nullable: true })
  headTitle: string | null;

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
