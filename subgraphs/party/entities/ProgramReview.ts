import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The yearly review conference (sơ kết, tổng kết) of a coordination program: one per year. */
@Entity({ name: 'program_review' })
export class ProgramReviewEntity {
  @PrimaryColumn({ name: 'program_id', type: 'text' })
  programId: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'text' })
  summary: string;
}
