import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Level } from '../../../lib';

/** The GraphQL `FrontOrganizationKind` values, in the order a unit lists its organizations (Front committee first). */
export const FRONT_ORGANIZATION_KINDS = [
  'FATHERLAND_FRONT',
  'TRADE_UNION',
  'FARMERS_UNION',
  'WOMENS_UNION',
  'YOUTH_UNION',
  'VETERANS_ASSOCIATION',
] as const;
export type FrontOrganizationKind = (typeof FRONT_ORGANIZATION_KINDS)[number];

/** The Fatherland Front committee or one socio-political organization at one administrative unit. */
@Entity({ name: 'front_organization' })
export class FrontOrganizationEntity {
  /** e.g. `VFF-60`, `WU-596` (seed/demo.ts `orgId.front`). */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: FrontOrganizationKind;

  @Column({ type: 'text' })
  level: Level;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  /** `/VN/60/596/`: the unit's materialized path, for "this unit and all below it". */
  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  @Column({ name: 'head_name', type: 'text', nullable: true })
  headName: string | null;

  @Column({ name: 'head_title', type: 'text', nullable: true })
  headTitle: string | null;

  /** The same kind of organization at the parent unit; null at the centre. */
  @Column({ name: 'parent_id', type: 'text', nullable: true })
  parentId: string | null;

  /** Null for the Front committee, whose members are organizations, not people. */
  @Column({ name: 'member_count', type: 'integer', nullable: true })
  memberCount: number | null;
}
