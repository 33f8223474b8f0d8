import { Column, Entity } from 'typeorm';
import { OrganizationColumns } from '../../../lib';

export type StateAgencyKind = 'GOVERNMENT' | 'MINISTRY' | 'PEOPLES_COMMITTEE' | 'PEOPLES_COUNCIL' | 'DEPARTMENT';

/**
 * A state authority: the Government, a ministry, a People's Committee or Council, a
 * department. Its id (e.g. `PCOM-60`, `PCOU-596`, `GOV-VN`, `DONRE-60`), name, level,
 * unit and head are every organization's columns.
 */
@Entity({ name: 'state_agency' })
export class StateAgency extends OrganizationColumns {
  @Column({ name: 'kind', type: 'text' })
  kind: StateAgencyKind;

  @Column({ name: 'parent_agency_id', type: 'text', nullable: true })
  parentAgencyId: string | null;
}
