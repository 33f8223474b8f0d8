import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganizationTypeName } from '../../../lib';

/** An organization of any family a committee worked with in a working session. */
@Entity({ name: 'working_session_participant' })
export class WorkingSessionParticipantEntity {
  @PrimaryColumn({ name: 'session_id', type: 'text' })
  sessionId: string;

  /** The GraphQL typename of the organization (a member of `Organization`). */
  @PrimaryColumn({ name: 'organization_type', type: 'text' })
  organizationType: OrganizationTypeName;

  /** Its id in its owner's subgraph; a foreign key only in spirit for other families. */
  @PrimaryColumn({ name: 'organization_id', type: 'text' })
  organizationId: string;

  /** Listing order within the session, from 0. */
  @Column({ type: 'integer' })
  position: number;
}
