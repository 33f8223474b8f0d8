import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Level } from '../../../lib';

export type StateAgencyKind = 'GOVERNMENT' | 'MINISTRY' | 'PEOPLES_COMMITTEE' | 'PEOPLES_COUNCIL' | 'DEPARTMENT';

/** A state authority: the Government, a ministry, a People's Committee or Council, a department. */
@Entity({ name: 'state_agency' })
export class StateAgency {
  /** e.g. `PCOM-60`, `PCOU-596`, `GOV-VN`, `DONRE-60`. */
  @PrimaryColumn({ name: 'id', type: 'text' })
  id: string;

  @Column({ name: 'name', type: 'text' })
  name: string;

  @Column({ name: 'kind', type: 'text' })
  kind: StateAgencyKind;

  @Column({ name: 'level', type: 'text' })
  level: Level;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  /** The head in an official role; both null when not recorded. */
  @Column({ name: 'head_name', type: 'text', nullable: true })
  headName: string | null;

  @Column({ name: 'head_title', type: 'text', nullable: true })
  headTitle: string | null;

  @Column({ name: 'parent_agency_id', type: 'text', nullable: true })
  parentAgencyId: string | null;
}
