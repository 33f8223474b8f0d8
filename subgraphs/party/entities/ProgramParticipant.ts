import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganizationTypeName } from '../../../lib';

/** An organization of any family taking part in a coordination program. */
@Entity({ name: 'program_participant' })
export class ProgramParticipantEntity {
  @PrimaryColumn({ name: 'program_id', type: 'text' })
  programId: string;

  /** The GraphQL typename of the organization (a member of `Organization`). */
  @PrimaryColumn({ name: 'organization_type', type: 'text' })
  organizationType: OrganizationTypeName;

  /** Its id in its owner's subgraph; a foreign key only in spirit for other families. */
  @PrimaryColumn({ name: 'organization_id', type: 'text' })
  organizationId: string;

  @Column({ type: 'text', nullable: true })
  responsibility: string | null;

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn: string;

  /** Listing order within the program: the lead commission is 0. */
  @Column({ type: 'integer' })
  position: number;
}
