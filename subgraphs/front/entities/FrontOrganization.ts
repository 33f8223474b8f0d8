import { Column, Entity } from 'typeorm';
import { OrganizationColumns } from '../../../lib';

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

/**
 * The Fatherland Front committee or one socio-political organization at one
 * administrative unit, e.g. `VFF-60`, `WU-596` (seed/demo.ts `orgId.front`). Its id,
 * name, level, unit and head are every organization's columns (`OrganizationColumns`).
 */
@Entity({ name: 'front_organization' })
export class FrontOrganizationEntity extends OrganizationColumns {
  @Column({ type: 'text' })
  kind: FrontOrganizationKind;

  /** The same kind of organization at the parent unit; null at the centre. */
  @Column({ name: 'parent_id', type: 'text', nullable: true })
  parentId: string | null;

  /** Null for the Front committee, whose members are organizations, not people. */
  @Column({ name: 'member_count', type: 'integer', nullable: true })
  memberCount: number | null;
}
