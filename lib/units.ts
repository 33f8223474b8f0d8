import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badInput } from './errors';
import { dataDir } from './paths';
import { inForceOn, nearestVersion } from './validity';

/**
 * The official administrative units of Vietnam over time, shipped in `data/` (see its
 * README): the three-level list in force until 2025-06-30 (GSO, as of 2025-03-01), the
 * two-level list in force from 2025-07-01 (Resolution 202/2025/QH15, Resolutions 1654 to
 * 1687/NQ-UBTVQH15, codes by Decision 19/2025/QĐ-TTg) and the old → new commune mapping.
 *
 * A code names one line of units for good (design section 10): under one code a unit
 * may have several *versions* (new Gia Lai took code 52, Bình Định's; Xã Bắc Bình took
 * 23005, Chợ Lầu's), each with its own name, type, level, parent and validity. The
 * state subgraph owns the units as records; this reference is public fact that every
 * subgraph uses to place its records (the `unit_path` column, the version's path) and
 * to answer "as of a date" without asking another subgraph.
 */
export type Level = 'CENTRAL' | 'PROVINCIAL' | 'DISTRICT' | 'COMMUNE';

export interface ReferenceUnit {
  code: string;
  name: string;
  unitType: string;
  level: Level;
  parentCode: string | null;
  /** `/VN/60/596/23035/`: every ancestor's code as of this version, the unit's own last. */
  path: string;
  /** First day in force; null: in force since before the graph's records begin. */
  validFrom: string | null;
  /** Last day in force; null: still in force. */
  validTo: string | null;
  /** The units that carried this one on when it ended, each with the day they began. */
  successors: UnitSuccession[];
  /** The units this one was formed from, on its first day. */
  predecessors: UnitSuccession[];
}

/** One link of a reorganization: the other unit's version, the day it took effect, and whether only part of the area passed. */
export interface UnitSuccession {
  unit: ReferenceUnit;
  on: string;
  partial: boolean;
}

export const NATION_CODE = 'VN';

/** The 2025 reorganization: the district level's last day and two-level local government's first. */
export const LAST_THREE_LEVEL_DAY = '2025-06-30';
export const TWO_LEVEL_FIRST_DAY = '2025-07-01';

interface Row {
  code: string;
  name: string;
  unitType: string;
  level: Level;
  parentCode: string;
}

function readRows(file: string): Row[] {
  const lines = readFileSync(join(dataDir, file), 'utf8').trim().split(/\r?\n/);
  return lines.slice(1).map((line) => {
    const [code, name, unitType, level, parentCode] = line.split(',');
    return { code, name, unitType, level: level as Level, parentCode: parentCode || NATION_CODE };
  });
}

interface Reference {
  /** Every version of every code, oldest first. */
  versions: Map<string, ReferenceUnit[]>;
  /** Every version, parents before children within an era. */
  all: ReferenceUnit[];
}

let cache: Reference | undefined;

function reference(): Reference {
  if (cache) return cache;
  const versions = new Map<string, ReferenceUnit[]>();
  const all: ReferenceUnit[] = [];
  const add = (row: Row | null, fields: Omit<ReferenceUnit, keyof Row | 'path' | 'successors' | 'predecessors'>) => {
    const version: ReferenceUnit = {
      ...(row ?? { code: NATION_CODE, name: 'Nước Cộng hòa xã hội chủ nghĩa Việt Nam', unitType: 'Quốc gia', level: 'CENTRAL' }),
      parentCode: row ? row.parentCode : null,
      path: '',
      ...fields,
      successors: [],
      predecessors: [],
    };
    versions.set(version.code, [...(versions.get(version.code) ?? []), version]);
    all.push(version);
    return version;
  };
  const nation = add(null, { validFrom: null, validTo: null });
  nation.path = `/${NATION_CODE}/`;

  const oldRows = readRows('administrative-units.csv');
  const newRows = readRows('administrative-units-2025-07-01.csv');
  const mapping = readFileSync(join(dataDir, 'administrative-units-2025-mapping.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [oldProvince, oldDistrict, oldCommune, newProvince, newCommune, divided] = line.split(',');
      return { oldProvince, oldDistrict, oldCommune, newProvince, newCommune, partial: divided === 'true' };
    });

  // A province that merged with none keeps its one version (and its organizations)
  // across 2025-07-01: Hà Nội, Huế, Lai Châu, Điện Biên, Sơn La, Lạng Sơn, Quảng Ninh,
  // Thanh Hóa, Nghệ An, Hà Tĩnh, Cao Bằng (Resolution 202/2025/QH15).
  const oldProvincesOf = new Map<string, Set<string>>();
  for (const m of mapping) oldProvincesOf.set(m.newProvince, (oldProvincesOf.get(m.newProvince) ?? new Set()).add(m.oldProvince));
  const continuing = new Set(
    newRows
      .filter((row) => row.level === 'PROVINCIAL')
      .filter((row) => {
        const olds = oldProvincesOf.get(row.code);
        return olds?.size === 1 && olds.has(row.code);
      })
      .map((row) => row.code),
  );

  for (const row of oldRows) add(row, { validFrom: null, validTo: continuing.has(row.code) ? null : LAST_THREE_LEVEL_DAY });
  for (const row of newRows) if (!continuing.has(row.code)) add(row, { validFrom: TWO_LEVEL_FIRST_DAY, validTo: null });

  // Paths: each era's parent precedes its children in the files.
  const inForce = (code: string, on: string) => versions.get(code)?.find((v) => covers(v, on));
  for (const version of all) {
    if (version.parentCode)
      version.path = `${inForce(version.parentCode, version.validFrom ?? LAST_THREE_LEVEL_DAY)!.path}${version.code}/`;
  }

  const link = (from: ReferenceUnit, to: ReferenceUnit, partial: boolean, both: boolean) => {
    if (from.successors.some((s) => s.unit === to)) return;
    from.successors.push({ unit: to, on: TWO_LEVEL_FIRST_DAY, partial });
    if (both) to.predecessors.push({ unit: from, on: TWO_LEVEL_FIRST_DAY, partial });
  };
  const ended = (code: string) => inForce(code, LAST_THREE_LEVEL_DAY)!;
  const began = (code: string) => inForce(code, TWO_LEVEL_FIRST_DAY)!;
  for (const [newProvince, olds] of oldProvincesOf) {
    if (continuing.has(newProvince)) continue;
    for (const old of olds) link(ended(old), began(newProvince), false, true);
  }
  for (const m of mapping) {
    if (m.oldCommune) {
      link(ended(m.oldCommune), began(m.newCommune), m.partial, true);
      // A district's successors are the communes that took over its communes (each
      // partial); the new communes name the old communes, not the district, as
      // predecessors, so that a lineage never counts an area twice.
      link(ended(m.oldDistrict), began(m.newCommune), true, false);
    } else {
      // Five island districts without communes became special zones (Đặc khu).
      link(ended(m.oldDistrict), began(m.newCommune), false, true);
    }
  }
  cache = { versions, all };
  return cache;
}

/** Whether a version is in force on a day (`YYYY-MM-DD`). */
export const covers = inForceOn;

/** Every version of every unit that ever existed, parents before children within an era. */
export function allUnitVersions(): readonly ReferenceUnit[] {
  return reference().all;
}

/** The versions of one code, oldest first; empty when no unit ever had it. */
export function unitVersions(code: string): readonly ReferenceUnit[] {
  return reference().versions.get(code) ?? [];
}

/** The version of a unit in force on a day; undefined when none was. */
export function referenceUnit(code: string, on: string): ReferenceUnit | undefined {
  return unitVersions(code).find((version) => covers(version, on));
}

/**
 * The version of a unit nearest to a day: the one in force, else the last one that
 * ended before it, else the first one after it. Undefined when no unit ever had the code.
 */
export function nearestUnit(code: string, on: string): ReferenceUnit | undefined {
  return nearestVersion(unitVersions(code), on);
}

/** The materialized path of a unit on a day, for the `unit_path` column of a record placed in it then. */
export function unitPath(code: string, on: string): string {
  const unit = referenceUnit(code, on);
  if (!unit) throw new Error(`no administrative unit ${code} on ${on}`);
  return unit.path;
}

/** The units of a province or district and all below it on a day, parent before child. */
export function unitTree(rootCode: string, on: string): ReferenceUnit[] {
  const prefix = unitPath(rootCode, on);
  return allUnitVersions().filter((u) => u.path.startsWith(prefix) && covers(u, on));
}

/** `Tỉnh Bình Thuận (60)`-style name without the type: `Bình Thuận (60)`. */
export function unitLabel(unit: Pick<ReferenceUnit, 'code' | 'name' | 'unitType'>): string {
  const name = unit.name.startsWith(unit.unitType) ? unit.name.slice(unit.unitType.length).trim() : unit.name;
  return `${name} (${unit.code})`;
}

/**
 * Why a unit cannot answer for a day, in one sentence, or null when it is in force
 * then: "Bình Thuận (60) ended on 2025-06-30; it is part of Lâm Đồng (68)".
 */
export function notInForce(code: string, on: string): string | null {
  if (referenceUnit(code, on)) return null;
  const unit = nearestUnit(code, on);
  if (!unit) return `no administrative unit has code ${code}`;
  if (unit.validFrom !== null && on < unit.validFrom) return `${unitLabel(unit)} began on ${unit.validFrom}`;
  const holders = [...new Map(unit.successors.map((s) => [s.unit.code, successorHolder(s.unit, unit)])).values()];
  const names = [...new Set(holders.map(unitLabel))].join(', ');
  return `${unitLabel(unit)} ended on ${unit.validTo}${names ? `; it is part of ${names}` : ''}`;
}

/** Where an ended unit lives on: its successor itself, or for a district, the province that holds its successor communes. */
function successorHolder(successor: ReferenceUnit, ended: ReferenceUnit): ReferenceUnit {
  if (ended.level !== 'DISTRICT' || successor.level !== 'COMMUNE') return successor;
  return referenceUnit(successor.parentCode!, successor.validFrom ?? TWO_LEVEL_FIRST_DAY)!;
}

/**
 * The path of a unit code given as an argument, on a day: a `BAD_USER_INPUT` error
 * naming the argument when no unit has that code, or when the unit was not in force then.
 */
export function requireUnitPath(field: string, code: string, on: string): string {
  const unit = referenceUnit(code, on);
  if (unit) return unit.path;
  const why = notInForce(code, on);
  throw badInput(
    field,
    code,
    unitVersions(code).length ? `a unit in force on ${on} (${why})` : 'an administrative unit code of the GSO lists, or VN',
  );
}

/**
 * The unit in force on `on` that holds the area of `code`: the unit itself, or what
 * carried it on (Bình Thuận, 60 → Lâm Đồng, 68; Bắc Bình district, 596 → Lâm Đồng,
 * through its communes' successors; Phan Hòa, 23035 → Xã Bắc Bình, 23005).
 * Undefined when no unit ever had the code.
 */
export function carriedOnBy(code: string, on: string): ReferenceUnit | undefined {
  let unit = nearestUnit(code, on);
  while (unit && !covers(unit, on) && unit.validTo !== null && unit.validTo < on && unit.successors.length > 0) {
    unit = successorHolder(unit.successors[0].unit, unit);
  }
  return unit;
}

/** The province (or the nation) a unit version lies in: the second code of its path. */
export function provinceOf(unit: ReferenceUnit): ReferenceUnit {
  const code = unit.path.split('/').filter(Boolean)[1];
  return code ? referenceUnit(code, unit.validFrom ?? unit.validTo ?? LAST_THREE_LEVEL_DAY)! : unit;
}
