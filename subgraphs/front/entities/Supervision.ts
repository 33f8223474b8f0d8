import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganizationTypeName } from '../../../lib';

export type SupervisionForm = 'SUPERVISION' | 'SOCIAL_CRITICISM';
export type Classification = 'PUBLIC' | 'RESTRICTED';

/**
 * A supervision (giám sát) or social-criticism (phản biện xã hội) activity of a Front or
 * socio-political organization (Decisions 217-QĐ/TW and 218-QĐ/TW, 2013). Read only
 * through `visibleSupervisions` (queries.ts): it may be classified.
 */
@Entity({ name: 'supervision' })
export class SupervisionEntity {
  /** A UUID. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  form: SupervisionForm;

  @Column({ name: 'conducted_by_id', type: 'text' })
  conductedById: string;

  /** The GraphQL typename of the organization supervised (a member of `Organization`). */
  @Column({ name: 'target_type', type: 'text' })
  targetType: OrganizationTypeName;

  /** Its id in its owner's subgraph; not a foreign key unless the target is a Front organization. */
  @Column({ name: 'target_id', type: 'text' })
  targetId: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  /** A state subgraph `Case` id. */
  @Column({ name: 'case_id', type: 'text', nullable: true })
  caseId: string | null;

  /** A party subgraph `CoordinationProgram` id. */
  @Column({ name: 'coordination_program_id', type: 'text', nullable: true })
  coordinationProgramId: string | null;

  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'text', nullable: true })
  findings: string | null;

  @Column({ type: 'text' })
  classification: Classification;
}
