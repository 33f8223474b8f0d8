import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Level } from '../../../lib';
import type { Classification } from './Case';

/**
 * A dialogue between the leaders of an authority and the people (held under the
 * Law on Grassroots Democracy and, in Bình Thuận, Instruction No. 11 of the
 * Provincial Party Standing Committee). Citizens appear only as counts.
 */
@Entity({ name: 'dialogue' })
export class Dialogue {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id: string;

  @Column({ name: 'title', type: 'text' })
  title: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  /** The tier of the unit where it was held, kept on the row so statistics by level need no join. */
  @Column({ name: 'level', type: 'text' })
  level: Level;

  @Column({ name: 'host_agency_id', type: 'text' })
  hostAgencyId: string;

  @Column({ name: 'chaired_by_name', type: 'text', nullable: true })
  chairedByName: string | null;

  @Column({ name: 'chaired_by_title', type: 'text', nullable: true })
  chairedByTitle: string | null;

  @Column({ name: 'participants', type: 'int' })
  participants: number;

  @Column({ name: 'issues_raised', type: 'int' })
  issuesRaised: number;

  @Column({ name: 'issues_resolved', type: 'int' })
  issuesResolved: number;

  @Column({ name: 'summary', type: 'text', nullable: true })
  summary: string | null;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ name: 'classification', type: 'text' })
  classification: Classification;
}
