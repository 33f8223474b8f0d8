import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A case handed from one responsible agency to another (design section 10: a case
 * still open when its agency ended is carried on by the successor unit's authority).
 * The case keeps the unit it was recorded in; the transfers keep who was responsible
 * when, so `Case.responsibleAgency(asOf)` can answer for any day.
 */
@Entity({ name: 'case_transfer' })
export class CaseTransfer {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'from_agency_id', type: 'text' })
  fromAgencyId: string;

  @Column({ name: 'to_agency_id', type: 'text' })
  toAgencyId: string;

  /** The first day the receiving agency is responsible. */
  @Column({ name: 'transferred_on', type: 'date' })
  transferredOn: string;

  @Column({ name: 'reason', type: 'text' })
  reason: string;
}
