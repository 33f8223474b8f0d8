import { Column, Entity, VersionColumn } from 'typeorm';
import { OrganizationColumns } from '../../../lib';

/**
 * A Mass Mobilization Commission (Ban Dân vận) of a party committee, in its
 * committee's unit. The Central Commission and those of provincial and district
 * committees exist; commune committees have none (Decision 23-QĐ/TW, 2021), so there
 * is at most one per committee. The organization columns are the library's.
 *
 * In 2025 each commission merged with its committee's Propaganda Commission into a
 * Propaganda and Mass Mobilization Commission (Ban Tuyên giáo và Dân vận) and carried
 * on its role in the regime (design section 10): the same organization, renamed.
 */
@Entity({ name: 'mass_mobilization_commission' })
export class MassMobilizationCommissionEntity extends OrganizationColumns {
  @Column({ name: 'party_committee_id', type: 'text' })
  partyCommitteeId: string;

  /** Its name before it was renamed; null when it never was. */
  @Column({ name: 'former_name', type: 'text', nullable: true })
  formerName: string | null;

  /** The first day of its current `name`; null when it never was renamed. */
  @Column({ name: 'renamed_on', type: 'date', nullable: true })
  renamedOn: string | null;

  @VersionColumn()
  version: number;

  /** The `Organization` union member this is (the union's `__resolveType` reads it). */
  get __typename(): 'MassMobilizationCommission' {
    return 'MassMobilizationCommission';
  }
}
