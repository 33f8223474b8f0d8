import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badInput } from './errors';
import { dataDir } from './paths';

/**
 * The official list of administrative units (General Statistics Office, as of
 * 2025-03-01), shipped in `data/administrative-units.csv`. The state subgraph owns
 * the units as records; this reference list is public fact that every subgraph may
 * use to place its own records in the hierarchy (the `unit_path` column), so that
 * "a unit and everything below it" is one indexed prefix match in any database.
 */
export type Level = 'CENTRAL' | 'PROVINCIAL' | 'DISTRICT' | 'COMMUNE';

export interface ReferenceUnit {
  code: string;
  name: string;
  unitType: string;
  level: Level;
  parentCode: string | null;
  /** `/VN/60/596/23035/`: every ancestor's code, the unit's own last. */
  path: string;
}

export const NATION_CODE = 'VN';

let cache: Map<string, ReferenceUnit> | undefined;

export function referenceUnits(): Map<string, ReferenceUnit> {
  if (cache) return cache;
  const lines = readFileSync(join(dataDir, 'administrative-units.csv'), 'utf8').trim().split(/\r?\n/);
  const units = new Map<string, ReferenceUnit>();
  units.set(NATION_CODE, {
    code: NATION_CODE,
    name: 'Nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    unitType: 'Quốc gia',
    level: 'CENTRAL',
    parentCode: null,
    path: `/${NATION_CODE}/`,
  });
  for (const line of lines.slice(1)) {
    const [code, name, unitType, level, parent] = line.split(',');
    units.set(code, { code, name, unitType, level: level as Level, parentCode: parent || NATION_CODE, path: '' });
  }
  // Parents precede children in the file, so one pass fills every path.
  for (const unit of units.values()) {
    if (unit.parentCode) unit.path = `${units.get(unit.parentCode)!.path}${unit.code}/`;
  }
  cache = units;
  return units;
}

export function referenceUnit(code: string): ReferenceUnit | undefined {
  return referenceUnits().get(code);
}

/** The materialized path of a unit, for the `unit_path` column of any record placed in it. */
export function unitPath(code: string): string {
  const unit = referenceUnit(code);
  if (!unit) throw new Error(`unknown administrative unit code ${code}`);
  return unit.path;
}

/** The units of a province or district and all below it, parent before child. */
export function unitTree(rootCode: string): ReferenceUnit[] {
  const prefix = unitPath(rootCode);
  return [...referenceUnits().values()].filter((u) => u.path.startsWith(prefix));
}

/**
 * The path of a unit code given as an argument: a `BAD_USER_INPUT` error naming the
 * argument when no unit has that code.
 */
export function requireUnitPath(field: string, code: string): string {
  const unit = referenceUnit(code);
  if (!unit) throw badInput(field, code, 'an administrative unit code of the GSO list, or VN');
  return unit.path;
}
