import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { Classification } from './Report';

/**
 * A working session of a party committee with the Mass Mobilization Commission, the
 * Fatherland Front, the socio-political organizations and the relevant agencies of
 * its unit, to grasp the people's situation (Decision 23-QĐ/TW, chapter 3, item 8:
 * "party committees periodically work with ..."). The committee owns it. Its
 * participants and the cases it discussed are rows of their own
 * (`WorkingSessionParticipantEntity`, `WorkingSessionCaseEntity`). Read only through
 * `visibleSessions` (queries.ts): it may be classified.
 */
@Entity({ name: 'working_session' })
export class WorkingSessionEntity {
  /** A UUID. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'committee_id', type: 'text' })
  committeeId: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  /** The committee's unit: a session is placed, counted and seen where its committee leads. */
  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  /** What was discussed, in the order recorded. */
  @Column({ type: 'text', array: true })
  topics: string[];

  @Column({ type: 'text', nullable: true })
  conclusions: string | null;

  @Column({ type: 'text' })
  classification: Classification;

  @VersionColumn()
  version: number;
}
