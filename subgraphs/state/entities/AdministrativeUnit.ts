import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type Level, ValidFromColumn, ValidToColumn } from '../../../lib';

/**
 * One version of an administrative unit of the GSO lists (or the nation, `VN`): a
 * code names one line of units for good, and its name, type, level and parent may
 * change over time (design section 10), so a unit is a code and the day its version
 * began. The state subgraph owns the units as records; other subgraphs only place
 * their records in them.
 */
@Entity({ name: 'administrative_unit' })
export class AdministrativeUnit {
  /** Official GSO code; `VN` for the nation. */
  @PrimaryColumn({ name: 'code', type: 'text' })
  code: string;

  /** First day of this version; null when in force before the graph's records begin. */
  @ValidFromColumn({ primary: true })
  validFrom: string | null;

  /** Last day of this version; null while in force. */
  @ValidToColumn()
  validTo: string | null;

  @Column({ name: 'name', type: 'text' })
  name: string;

  /** `Tỉnh`, `Huyện`, `Thị xã`, `Xã`, `Phường`, `Đặc khu`, ... as data. */
  @Column({ name: 'unit_type', type: 'text' })
  unitType: string;

  @Column({ name: 'level', type: 'text' })
  level: Level;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;

  /** `/VN/60/596/23035/`: every ancestor's code as of this version, the unit's own last. */
  @Column({ name: 'path', type: 'text' })
  path: string;
}

/** A unit as the graph shows it: one version, viewed at a day within it (`asOf`, the second key). */
export type ViewedUnit = AdministrativeUnit & { asOf: string };

/**
 * One link of a reorganization: the version of `predecessorCode` that ended the day
 * before `on` passed (wholly, or in part) to the version of `successorCode` that began
 * on `on`.
 */
@Entity({ name: 'unit_succession' })
export class UnitSuccessionRecord {
  @PrimaryColumn({ name: 'predecessor_code', type: 'text' })
  predecessorCode: string;

  @PrimaryColumn({ name: 'successor_code', type: 'text' })
  successorCode: string;

  @PrimaryColumn({ name: 'took_effect_on', type: 'date' })
  on: string;

  @Column({ name: 'partial', type: 'boolean' })
  partial: boolean;
}

/** A `UnitSuccession` as the resolvers hand it on: the other unit already viewed. */
export interface ViewedSuccession {
  unit: ViewedUnit;
  on: string;
  partial: boolean;
}
