import { Column, Entity } from 'typeorm';
import { OrganizationColumns } from '../../../lib';
import type { ArmedForcesBranch, ArmedUnitKind } from '../generated/resolvers';

/**
 * A unit of the People's Army or the People's Public Security, from the General
 * Department of Politics and the Ministry down to the commune military command and
 * police. Ids follow the demo world's convention (`MC-60`, `POL-596`, `BG-60`). Its
 * id, name, level, unit (where it is stationed: `VN` for central units) and head are
 * every organization's columns (`OrganizationColumns`).
 */
@Entity({ name: 'armed_unit' })
export class ArmedUnitEntity extends OrganizationColumns {
  @Column({ type: 'text' })
  kind: ArmedUnitKind;

  @Column({ type: 'text' })
  branch: ArmedForcesBranch;

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
