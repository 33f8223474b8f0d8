import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * A coordination program between agencies of several families, led by a Mass
 * Mobilization Commission (Decision 23-QĐ/TW, chapter 3: "coordination programs").
 */
@Entity({ name: 'coordination_program' })
export class CoordinationProgramEntity {
  /** A UUID. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'lead_commission_id', type: 'text' })
  leadCommissionId: string;

  @Column({ name: 'based_on_id', type: 'text', nullable: true })
  basedOnId: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  /** The lead commission's unit. */
  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  @VersionColumn()
  version: number;
}
