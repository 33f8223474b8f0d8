import { Column, PrimaryColumn } from 'typeorm';
import type { Level } from './units';
import { ValidFromColumn, ValidToColumn } from './validity';

/**
 * The columns every family's organization table has, once (design section 9: every
 * organization type has `id`, `name`, `level` and `unit`): a party committee, a
 * commission, a state agency, a Front organization and an armed unit each extend it
 * and add their own (kind, parent, ...). Its head is an official in an official role,
 * kept in two columns (`official()` in records.ts).
 */
export abstract class OrganizationColumns {
  @PrimaryColumn({ type: 'text' })
  id: string;

  /** Official name, in Vietnamese. */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: Level;

  /** The administrative unit the organization serves. */
  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  /** `/VN/60/596/`: the unit's materialized path, for "this unit and all below it" (units.ts). */
  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  /** First day in force; null when in force before the graph's records begin (design section 10). */
  @ValidFromColumn()
  validFrom: string | null;

  /** Last day in force; null while in force. */
  @ValidToColumn()
  validTo: string | null;

  /** The organizations of the same type this one carried on (a merged province's committee names the old ones). */
  @Column({ name: 'predecessor_ids', type: 'text', array: true, default: () => "'{}'" })
  predecessorIds: string[];

  @Column({ name: 'head_name', type: 'text', nullable: true })
  headName: string | null;

  @Column({ name: 'head_title', type: 'text', nullable: true })
  headTitle: string | null;
}
