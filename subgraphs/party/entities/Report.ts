import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganizationTypeName } from '../../../lib';
import type { Frequency } from '../reporting/periods';

export type Classification = 'PUBLIC' | 'RESTRICTED';
export type ReportKind = 'PERIODIC' | 'URGENT';
export type FieldOfWork = 'ECONOMIC' | 'CULTURAL_SOCIAL' | 'DEFENCE_SECURITY' | 'POLITICAL_SYSTEM';

/** A report's content by section (the GraphQL `ReportContent`); a hot spot names its case by id. */
export interface ReportContent {
  peopleSituation: string | null;
  hotSpots: { description: string; caseId: string | null }[];
  results: { field: FieldOfWork; text: string }[];
  proposals: string | null;
}

/**
 * A report addressed to a party committee (Decision 23-QĐ/TW, chapter 3, item 8).
 * Reports are never changed: a correction is a new report pointing at the one it
 * corrects, so the first report of a period keeps deciding timeliness. Read only
 * through `visibleReports` (queries.ts): it may be classified.
 */
@Entity({ name: 'report' })
export class ReportEntity {
  /** A UUID. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  kind: ReportKind;

  /** The period columns are null for an URGENT report, which has none. */
  @Column({ name: 'period_year', type: 'integer', nullable: true })
  periodYear: number | null;

  @Column({ name: 'period_frequency', type: 'text', nullable: true })
  periodFrequency: Frequency | null;

  /** Month, quarter or half; null for NINE_MONTHS and ANNUAL. */
  @Column({ name: 'period_index', type: 'integer', nullable: true })
  periodIndex: number | null;

  /** The GraphQL typename of the submitter (a member of `Organization`). */
  @Column({ name: 'submitter_type', type: 'text' })
  submitterType: OrganizationTypeName;

  @Column({ name: 'submitter_id', type: 'text' })
  submitterId: string;

  /** The submitter's unit, as given (other families' organizations are not stored here). */
  @Column({ name: 'submitter_unit_code', type: 'text' })
  submitterUnitCode: string;

  @Column({ name: 'submitter_unit_path', type: 'text' })
  submitterUnitPath: string;

  @Column({ name: 'recipient_id', type: 'text' })
  recipientId: string;

  @Column({ name: 'copy_to_id', type: 'text', nullable: true })
  copyToId: string | null;

  /** A commission's report on its work (rule 4): the parent unit's commission it goes to; `recipientId` is that commission's committee. */
  @Column({ name: 'recipient_commission_id', type: 'text', nullable: true })
  recipientCommissionId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  /** The sections a committee reads; null for a report sent as its summary alone. */
  @Column({ type: 'jsonb', nullable: true })
  content: ReportContent | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  /** The report this one corrects (same submitter, kind and period). */
  @Column({ name: 'corrects_id', type: 'text', nullable: true })
  correctsId: string | null;

  /**
   * The first report of the chain this correction belongs to; null for an original.
   * Kept so that "the latest correction of a report" is one indexed lookup.
   */
  @Column({ name: 'original_id', type: 'text', nullable: true })
  originalId: string | null;

  @Column({ type: 'text' })
  classification: Classification;
}
