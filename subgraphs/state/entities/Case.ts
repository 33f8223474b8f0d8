import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CaseCategory =
  | 'LAND_ACQUISITION_RESETTLEMENT'
  | 'ENVIRONMENTAL_POLLUTION'
  | 'WATER_SUPPLY'
  | 'INFRASTRUCTURE'
  | 'SOCIAL_WELFARE'
  | 'ETHNIC_RELIGIOUS_AFFAIRS'
  | 'LABOUR'
  | 'OTHER';
export type CaseStatus = 'RECEIVED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED';
export type Classification = 'PUBLIC' | 'RESTRICTED';

/** The `CaseCategory` values in the SDL's order, the order figures by category are listed in. */
export const CASE_CATEGORIES: readonly CaseCategory[] = [
  'LAND_ACQUISITION_RESETTLEMENT',
  'ENVIRONMENTAL_POLLUTION',
  'WATER_SUPPLY',
  'INFRASTRUCTURE',
  'SOCIAL_WELFARE',
  'ETHNIC_RELIGIOUS_AFFAIRS',
  'LABOUR',
  'OTHER',
];
/** The `CaseStatus` values in the SDL's order (a case's life: received, handled, finished). */
export const CASE_STATUSES: readonly CaseStatus[] = ['RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];

/** Statuses of a case still being handled. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['RECEIVED', 'IN_PROGRESS'];
/** Statuses of a finished case (these, and only these, carry `resolvedOn`). */
export const FINISHED_STATUSES: readonly CaseStatus[] = ['RESOLVED', 'CLOSED'];

/**
 * A citizens' pressing issue handled by the authorities (the table is
 * `citizen_case`: `case` is an SQL keyword). Citizens appear only as counts.
 */
@Entity({ name: 'citizen_case' })
export class Case {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id: string;

  /** `<province>-<year>-<number>`, e.g. `60-2022-014`. */
  @Column({ name: 'reference', type: 'text' })
  reference: string;

  @Column({ name: 'title', type: 'text' })
  title: string;

  @Column({ name: 'description', type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'category', type: 'text' })
  category: CaseCategory;

  @Column({ name: 'status', type: 'text' })
  status: CaseStatus;

  @Column({ name: 'classification', type: 'text' })
  classification: Classification;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  @Column({ name: 'responsible_agency_id', type: 'text' })
  responsibleAgencyId: string;

  @Column({ name: 'households_affected', type: 'int', nullable: true })
  householdsAffected: number | null;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @Column({ name: 'resolved_on', type: 'date', nullable: true })
  resolvedOn: string | null;

  @Column({ name: 'version', type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
