import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActivityKind } from '../generated/resolvers';

export type Classification = 'PUBLIC' | 'RESTRICTED';

/** The `ActivityKind` values in the SDL's order, the order figures by kind are listed in. */
export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  'DISASTER_RELIEF',
  'EPIDEMIC_RESPONSE',
  'NEW_RURAL_CONSTRUCTION',
  'POVERTY_REDUCTION',
  'HOUSING',
  'HEALTHCARE',
  'PROPAGANDA',
  'OTHER',
];

/**
 * A mass-mobilization activity of an armed unit (the armed forces' share of the
 * political system's mass-mobilization work, Decision 23-QD/TW), with the people and man-days it involved.
 * Citizens appear only as a count of households.
 */
@Entity({ name: 'mobilization_activity' })
export class MobilizationActivityEntity {
  /** A UUID, kept as text so that a malformed id is simply not found. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  kind: ActivityKind;

  @Column({ name: 'conducted_by_id', type: 'text' })
  conductedById: string;

  /** Where it took place: GSO code and materialized path (`/VN/60/596/23035/`). */
  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  /** Officers and soldiers taking part. */
  @Column({ type: 'int' })
  personnel: number;

  /** Man-days worked (ngày công). */
  @Column({ name: 'man_days', type: 'int' })
  manDays: number;

  @Column({ name: 'households_reached', type: 'int' })
  householdsReached: number;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** A case of the state subgraph: a plain id, no foreign key across databases. */
  @Column({ name: 'case_id', type: 'text', nullable: true })
  caseId: string | null;

  /** A coordination program of the party subgraph: a plain id, no foreign key across databases. */
  @Column({ name: 'coordination_program_id', type: 'text', nullable: true })
  coordinationProgramId: string | null;

  /** RESTRICTED activities (e.g. in sensitive ethnic or religious areas) are hidden from other families (design section 6). */
  @Column({ type: 'text', default: 'PUBLIC' })
  classification: Classification;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
