import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Level } from '../../../lib';

/**
 * An administrative unit of the GSO list (or the nation, `VN`). The state subgraph
 * owns the units as records; other subgraphs only place their records in them.
 */
@Entity({ name: 'administrative_unit' })
export class AdministrativeUnit {
  /** Official GSO code; `VN` for the nation. */
  @PrimaryColumn({ name: 'code', type: 'text' })
  code: string;

  @Column({ name: 'name', type: 'text' })
  name: string;

  /** `Tỉnh`, `Huyện`, `Thị xã`, `Xã`, `Phường`, ... as data. */
  @Column({ name: 'unit_type', type: 'text' })
  unitType: string;

  @Column({ name: 'level', type: 'text' })
  level: Level;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;

  /** `/VN/60/596/23035/`: every ancestor's code, the unit's own last. */
  @Column({ name: 'path', type: 'text' })
  path: string;
}
