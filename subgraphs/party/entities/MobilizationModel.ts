import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { OrganizationTypeName } from '../../../lib';

export const MODEL_KINDS = ['COLLECTIVE', 'INDIVIDUAL'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];
export const MODEL_FIELDS = ['ECONOMIC', 'CULTURAL_SOCIAL', 'DEFENCE_SECURITY', 'POLITICAL_SYSTEM'] as const;
export type ModelField = (typeof MODEL_FIELDS)[number];

/** A "Skilled Mass Mobilization" (Dân vận khéo) model recognized by a party committee. */
@Entity({ name: 'mobilization_model' })
export class MobilizationModelEntity {
  /** A UUID. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: ModelKind;

  @Column({ type: 'text' })
  field: ModelField;

  /** The year it was recognized. */
  @Column({ type: 'integer' })
  year: number;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  /** The GraphQL typename of the organization that built it (a member of `Organization`). */
  @Column({ name: 'owner_type', type: 'text' })
  ownerType: OrganizationTypeName;

  @Column({ name: 'owner_id', type: 'text' })
  ownerId: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @VersionColumn()
  version: number;
}
