import { LAST_THREE_LEVEL_DAY, referenceUnit, ReferenceUnit } from '../../lib';
import type { AdministrativeUnit, UnitSuccessionRecord } from '../../subgraphs/state/entities/AdministrativeUnit';
import { DEMO_WORLD, inName, type World } from '../demo';

/** The demo units from the official list, and how the demo's titles name them. */

/** A unit of the official lists as it stood on `day` (the stories' era by default); the demo naming one that is not on them is a bug in the demo. */
export function unit(code: string, day: string = LAST_THREE_LEVEL_DAY): ReferenceUnit {
  const found = referenceUnit(code, day);
  if (!found) throw new Error(`demo seed names unknown unit ${code}`);
  return found;
}

/** How a unit is named in a title: `xã Phan Sơn, huyện Bắc Bình`, `huyện Bắc Bình`. */
export function place(u: ReferenceUnit): string {
  if (u.level !== 'COMMUNE') return inName(u);
  return `${inName(u)}, ${inName(unit(u.parentCode!, u.validFrom ?? LAST_THREE_LEVEL_DAY))}`;
}

/** The unit versions of a world (the demo's by default) as the state records them. */
export function unitRows(world: World = DEMO_WORLD): AdministrativeUnit[] {
  return world.units().map((u) => ({
    code: u.code,
    validFrom: u.validFrom,
    validTo: u.validTo,
    name: u.name,
    unitType: u.unitType,
    level: u.level,
    parentCode: u.parentCode,
    path: u.path,
  }));
}

/** The successions between a world's unit versions, from the official mapping (both sides in the world). */
export function successionRows(world: World = DEMO_WORLD): UnitSuccessionRecord[] {
  const versions = new Set(world.units());
  return world
    .units()
    .flatMap((u) =>
      u.successors
        .filter((s) => versions.has(s.unit))
        .map((s) => ({ predecessorCode: u.code, successorCode: s.unit.code, on: s.on, partial: s.partial })),
    );
}
