import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { Level } from '../../../lib';

/**
 * A Mass Mobilization Commission (Ban Dân vận) of a party committee. The Central
 * Commission and those of provincial and district committees exist; commune
 * committees have none (Decision 23-QĐ/TW, 2021), so there is at most one per committee.
 */
@Entity({ name: 'mass_mobilization_commission' })
export class MassMobilizationCommissionEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: Level;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  @Column({ name: 'head_name', type: 'text', nullable: true })
  headName: string | null;

  @Column({ name: 'head_title', type: 'text', nullable: true })
  headTitle: string | null;

  @Column({ name: 'party_committee_id', type: 'text' })
  partyCommitteeId: string;

  @VersionColumn()
  version: number;

  /** The `Organization` union member this is (the union's `__resolveType` reads it). */
  get __typename(): 'MassMobilizationCommission' {
    return 'MassMobilizationCommission';
  }
}
