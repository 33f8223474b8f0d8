import { referenceUnit, ReferenceUnit } from '../../lib';
import type { AdministrativeUnit } from '../../subgraphs/state/entities/AdministrativeUnit';
import { demoUnits, inName } from '../demo';

/** The demo units from the official list, and how the demo's titles name them. */

/** A unit of the official list; the demo naming one that is not on it is a bug in the demo. */
export function unit(code: string): ReferenceUnit {
  const found = referenceUnit(code);
  if (!found) throw new Error(`demo seed names unknown unit ${code}`);
  return found;
}

/** How a unit is named in a title: `xã Phan Sơn, huyện Bắc Bình`, `huyện Bắc Bình`. */
export function place(u: ReferenceUnit): string {
  if (u.level !== 'COMMUNE') return inName(u);
  return `${inName(u)}, ${inName(unit(u.parentCode!))}`;
}

/** The units of the demo world as the state records them. */
export function unitRows(): AdministrativeUnit[] {
  return demoUnits().map((u) => ({
    code: u.code,
    name: u.name,
    unitType: u.unitType,
    level: u.level,
    parentCode: u.parentCode,
    path: u.path,
  }));
}
