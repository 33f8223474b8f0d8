import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A citizens' case (state subgraph) a working session discussed. */
@Entity({ name: 'working_session_case' })
export class WorkingSessionCaseEntity {
  @PrimaryColumn({ name: 'session_id', type: 'text' })
  sessionId: string;

  /** A state subgraph `Case` id: another database, so no foreign key. */
  @PrimaryColumn({ name: 'case_id', type: 'text' })
  caseId: string;

  /** Listing order within the session, from 0. */
  @Column({ type: 'integer' })
  position: number;
}
