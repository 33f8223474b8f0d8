import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AdministrativeLevel, ArmedForcesBranch, ArmedUnitKind } from '../generated/resolvers';

/**
 * A unit of the People's Army or the People's Public Security, from the General
 * Department of Politics and the Ministry down to the commune military command and
 * police. Ids follow the demo world's convention (`MC-60`, `POL-596`, `BG-60`).
 */
@Entity({ name: 'armed_unit' })
export class ArmedUnitEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: ArmedUnitKind;

  @Column({ type: 'text' })
  branch: ArmedForcesBranch;

  @Column({ type: 'text' })
  level: AdministrativeLevel;

  /** GSO code of the administrative unit where it is stationed (`VN` for central units). */
  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  /** `/VN/60/596/`: see `unitPath` in the library. */
  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  @Column({ name: 'head_name', type: 'text', nullable: true })
  headName: string | null;

  @Column({ name: 'head_title', type: 'text', nullable: true })
  headTitle: string | null;

  /** The unit it reports to in its own chain of command (a commune police reports to the district police). */
  @Column({ name: 'parent_id', type: 'text', nullable: true })
  parentId: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
