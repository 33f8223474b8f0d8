import {
  allUnitVersions,
  LAST_THREE_LEVEL_DAY,
  NATION_CODE,
  referenceUnit,
  TWO_LEVEL_FIRST_DAY,
  unitTree,
  type ReferenceUnit,
} from '../../lib';
import type { World } from '../demo';

/**
 * The national world (issue 11): every unit of both eras from the official lists in
 * `data/`, or, for a small run (`province:<code>`), one province formed on 2025-07-01
 * with the provinces it was formed from, as the demo has Lâm Đồng (68) with Bình
 * Thuận, Đắk Nông and the old Lâm Đồng. Driven through the demo's own row functions.
 */

/**
 * The military region (or the command of that rank) above each province's military
 * command, by province code. A code names the same area's line in both eras and a new
 * province took the code of one of those it was formed from, so one table serves both.
 * Hà Nội's command is under the Capital Command; Hồ Chí Minh City's under Military
 * Region 7 (its own command became a provincial one in 2025).
 */
const REGION_OF: Record<string, string> = {
  ...Object.fromEntries(['04', '06', '19', '20', '24', '27'].map((code) => [code, 'MR-1'])),
  ...Object.fromEntries(['02', '08', '10', '11', '12', '14', '15', '25', '26'].map((code) => [code, 'MR-2'])),
  ...Object.fromEntries(['17', '22', '30', '31', '33', '34', '35', '36', '37'].map((code) => [code, 'MR-3'])),
  ...Object.fromEntries(['38', '40', '42', '44', '45', '46'].map((code) => [code, 'MR-4'])),
  ...Object.fromEntries(['48', '49', '51', '52', '54', '56', '58', '62', '64', '66', '67'].map((code) => [code, 'MR-5'])),
  ...Object.fromEntries(['60', '68', '70', '72', '74', '75', '77', '79', '80'].map((code) => [code, 'MR-7'])),
  ...Object.fromEntries(['82', '83', '84', '86', '87', '89', '91', '92', '93', '94', '95', '96'].map((code) => [code, 'MR-9'])),
  '01': 'MR-CAPITAL',
};

/**
 * Provinces without a border guard command (neither a coastline nor a land border):
 * 19 of the 63 until 2025-06-30, 4 of the 34 from 2025-07-01 (the mergers joined
 * most inland provinces to a coastal or border one).
 */
const INLAND = {
  threeLevel: new Set(['01', '06', '08', '15', '17', '19', '24', '25', '26', '27', '30', '33', '35', '68', '74', '75', '86', '92', '93']),
  twoLevel: new Set(['01', '19', '24', '25']),
};

/** `national`, or `province:<code>` with the code of a province in force from 2025-07-01. */
export type Scale = { kind: 'national' } | { kind: 'province'; code: string };

/** The scale named on the command line, or a one-line reason it is not one. */
export function parseScale(text: string): Scale | string {
  if (text === 'national') return { kind: 'national' };
  const match = /^province:(\d{2})$/.exec(text);
  if (!match) return `--scale must be "national" or "province:<code>" (e.g. province:68), got "${text}"`;
  const province = referenceUnit(match[1], TWO_LEVEL_FIRST_DAY);
  if (province?.level !== 'PROVINCIAL') return `--scale province:${match[1]}: no province has code ${match[1]} on ${TWO_LEVEL_FIRST_DAY}`;
  return { kind: 'province', code: match[1] };
}

/** The province versions of each era a scale covers: the new ones, and the old ones they were formed from. */
function provincesOf(scale: Scale): { threeLevel: string[]; twoLevel: string[] } {
  const provinces = allUnitVersions().filter((u) => u.level === 'PROVINCIAL');
  if (scale.kind === 'national') {
    const inForce = (day: string) => provinces.filter((u) => referenceUnit(u.code, day) === u).map((u) => u.code);
    return { threeLevel: inForce(LAST_THREE_LEVEL_DAY), twoLevel: inForce(TWO_LEVEL_FIRST_DAY) };
  }
  const province = referenceUnit(scale.code, TWO_LEVEL_FIRST_DAY)!;
  // A province that merged with none (Hà Nội) is its own predecessor.
  const formedFrom = province.predecessors.length ? province.predecessors.map((p) => p.unit.code) : [province.code];
  return { threeLevel: [...new Set(formedFrom)].sort(), twoLevel: [province.code] };
}

/** The world of a scale: its units (each version once), military regions and border guards. */
export function nationalWorld(scale: Scale): World {
  let units: ReferenceUnit[] | undefined;
  return {
    units: () => {
      if (!units) {
        const { threeLevel, twoLevel } = provincesOf(scale);
        // A province in force in both eras (Hà Nội) is one version in both trees: listed once.
        const versions = new Set<ReferenceUnit>([referenceUnit(NATION_CODE, LAST_THREE_LEVEL_DAY)!]);
        for (const code of threeLevel) for (const u of unitTree(code, LAST_THREE_LEVEL_DAY)) versions.add(u);
        for (const code of twoLevel) for (const u of unitTree(code, TWO_LEVEL_FIRST_DAY)) versions.add(u);
        units = [...versions];
      }
      return units;
    },
    militaryRegion: (province) => REGION_OF[province.code],
    militaryRegionName: (id) => (id === 'MR-CAPITAL' ? 'Bộ Tư lệnh Thủ đô Hà Nội' : `Quân khu ${id.slice('MR-'.length)}`),
    // A province in force in both eras (Hà Nội, Huế, ...) has the same answer in both.
    hasBorderGuard: (province) => !(province.validFrom === TWO_LEVEL_FIRST_DAY ? INLAND.twoLevel : INLAND.threeLevel).has(province.code),
  };
}
