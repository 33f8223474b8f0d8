import { Column, Entity, VersionColumn } from 'typeorm';
import { OrganizationColumns } from '../../../lib';

/**
 * A Mass Mobilization Commission (Ban Dân vận) of a party committee, in its
 * committee's unit. The Central Commission and those of provincial and district
 * committees exist; commune committees have none (Decision 23-QĐ/TW, 2021), so there
 * is at most one per committee. The organization columns are the library's.
 */
@Entity({ name: 'mass_mobilization_commission' })
export class MassMobilizationCommissionEntity extends OrganizationColumns {
  @Column({ name: 'party_committee_id', type: 'text' })
  partyCommitteeId: string;

  @VersionColumn()
  version: number;

  /** The `Organization` union member this is (the union's `__resolveType` reads it). */
  get __typename(): 'MassMobilizationCommission' {
    return 'MassMobilizationCommission';
  }
}
