import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Frequency } from '../reporting/periods';
import type { Coverage } from '../reporting/guidance';

/**
 * A commission's guidance on the reporting regime for its unit and everything below
 * (design section 4; the rules that read it are in reporting/guidance.ts). One per
 * commission and day it takes effect: setting it again for the same day replaces it.
 */
@Entity({ name: 'reporting_guidance' })
export class ReportingGuidanceEntity {
  /** A UUID. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'commission_id', type: 'text' })
  commissionId: string;

  /** The commission's unit's path: the guidance binds this unit and every unit below. */
  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  /** The first day of the periods it governs. */
  @Column({ name: 'takes_effect_on', type: 'date' })
  takesEffectOn: string;

  /** The frequencies owed, narrowest first. */
  @Column({ type: 'text', array: true })
  frequencies: Frequency[];

  /** Days after a period's end that its report is due, for each frequency owed. */
  @Column({ name: 'due_days', type: 'jsonb' })
  dueDays: Partial<Record<Frequency, number>>;

  @Column({ name: 'broadest_only', type: 'boolean' })
  broadestOnly: boolean;

  @Column({ type: 'text' })
  coverage: Coverage;
}
