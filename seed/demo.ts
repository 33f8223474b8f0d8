import { createHash } from 'node:crypto';
import { conventionalId, LAST_THREE_LEVEL_DAY, NATION_CODE, referenceUnit, ReferenceUnit, TWO_LEVEL_FIRST_DAY, unitTree } from '../lib';

/**
 * The demo world (design section 8) that the four subgraphs' seeders share: which
 * units are in it, the ids of every organization, and the ids of the records that
 * cross families (a case that the Front supervises and the armed forces support, a
 * program with participants from every family). Each subgraph seeds only its own
 * part, into its own database; these shared ids are what make the parts meet.
 */

/**
 * The two eras of the demo (design section 10). Until 2025-06-30: the provinces named
 * in the sources (Bình Thuận, Hải Dương, Gia Lai) and the ones they merged with on
 * 2025-07-01 (Đắk Nông and Lâm Đồng; Hải Phòng; Bình Định), with all their districts and
 * communes. From 2025-07-01: the three provinces they form (Lâm Đồng 68, Hải Phòng 31,
 * the new Gia Lai 52) with all their communes.
 */
export const DEMO_PROVINCES = ['60', '30', '64'] as const;
export const THREE_LEVEL_PROVINCES = ['60', '67', '68', '30', '31', '64', '52'] as const;
export const TWO_LEVEL_PROVINCES = ['68', '31', '52'] as const;

/** Provinces with a border guard command (a coastline or a land border), in either era. */
export const BORDER_PROVINCES = new Set(['60', '67', '31', '64', '52', '68']);

/** Military region of each demo province (old codes until 2025-06-30, the same codes after for the new ones). */
export const MILITARY_REGION: Record<string, string> = {
  '60': 'MR-7',
  '67': 'MR-5',
  '68': 'MR-7',
  '30': 'MR-3',
  '31': 'MR-3',
  '64': 'MR-5',
  '52': 'MR-5',
};

/**
 * Every unit version of the demo: the nation, then each three-level province with all
 * its districts and communes as they stood on 2025-06-30, then each two-level province
 * with its communes as formed on 2025-07-01. Within an era a code names one unit.
 */
export function demoUnits(): ReferenceUnit[] {
  return [
    referenceUnit(NATION_CODE, LAST_THREE_LEVEL_DAY)!,
    ...THREE_LEVEL_PROVINCES.flatMap((code) => unitTree(code, LAST_THREE_LEVEL_DAY)),
    ...TWO_LEVEL_PROVINCES.flatMap((code) => unitTree(code, TWO_LEVEL_FIRST_DAY)),
  ];
}

/**
 * A world the seeders' row functions are driven over: the demo's few provinces
 * (`DEMO_WORLD`, what `npm start` and the tests seed) or the whole country
 * (seed/national, `npm run generate`). The same functions make the same rows per
 * unit in either, so the national data is the demo's, only everywhere.
 */
export interface World {
  /** Every unit version, the nation first; within an era parents before children; a version once. */
  units(): readonly ReferenceUnit[];
  /** The id of the military region (or command of that rank) above a province's military command. */
  militaryRegion(province: ReferenceUnit): string;
  /** The name of a military region by its id. */
  militaryRegionName(id: string): string;
  /** Whether a province version has a border guard command (a coastline or a land border). */
  hasBorderGuard(province: ReferenceUnit): boolean;
}

/** The demo world: `demoUnits()`, `MILITARY_REGION` and `BORDER_PROVINCES` by code, in both eras. */
export const DEMO_WORLD: World = {
  units: () => demoUnits(),
  militaryRegion: (province) => MILITARY_REGION[province.code],
  militaryRegionName: (id) => `Quân khu ${id.slice('MR-'.length)}`,
  hasBorderGuard: (province) => BORDER_PROVINCES.has(province.code),
};

/**
 * The day the demo is seeded as of: what is "already due" in the demo follows from it,
 * never from the wall clock, so the demo and every figure the tests compute from it
 * are the same on any day. Reports exist for every period due by then.
 */
export const SEED_DATE = '2026-11-30';

/** A day a demo unit version was in force: how its parent and its organizations' parents are found. */
export function dayOf(unit: ReferenceUnit): string {
  return unit.validFrom ?? LAST_THREE_LEVEL_DAY;
}

/** The parent version of a demo unit version. */
export function parentOf(unit: ReferenceUnit): ReferenceUnit | null {
  return unit.parentCode ? referenceUnit(unit.parentCode, dayOf(unit))! : null;
}

/** An organization's validity and predecessors: it is formed and ends with its unit's version (design section 10). */
export function lifeOf(unit: ReferenceUnit, prefix: string, exists: (id: string) => boolean = () => true) {
  return {
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    // The organizations of the same kind of the units this version was formed from.
    predecessorIds: [...new Set(unit.predecessors.map((p) => conventionalId(prefix, p.unit)))].filter(exists),
  };
}

/** A stable UUID for a demo record, the same on every run (so seeding is idempotent). */
export function demoId(name: string): string {
  const hex = createHash('sha1').update(`dan-van-graph/${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Organization ids: a family prefix and the unit's code, e.g. `PC-60`, `PCOM-596`,
 * `VFF-23035`; given a unit version formed on 2025-07-01, `-2025` follows
 * (`PC-68-2025`), since the old Lâm Đồng's committee was `PC-68` (lib's `conventionalId`).
 */
const idOf = (prefix: string) => (unit: string | ReferenceUnit) =>
  typeof unit === 'string' ? `${prefix}-${unit}` : conventionalId(prefix, unit);
export const orgId = {
  partyCommittee: idOf('PC'),
  commission: idOf('MMC'),
  peoplesCommittee: idOf('PCOM'),
  peoplesCouncil: idOf('PCOU'),
  front: (prefix: FrontPrefix, unit: string | ReferenceUnit) => idOf(prefix)(unit),
  militaryCommand: idOf('MC'),
  police: idOf('POL'),
  borderGuard: idOf('BG'),
  /** A provincial military command's regional defense command (Ban Chỉ huy Phòng thủ khu vực), numbered within the province. */
  regionalDefense: (province: ReferenceUnit, number: number) => `${conventionalId('RDC', province)}-${number}`,
};

export type FrontPrefix = 'VFF' | 'TU' | 'FU' | 'WU' | 'YU' | 'VA';

/** Central organizations with ids of their own. */
export const CENTRAL = {
  partyCommittee: 'PC-VN',
  commission: 'MMC-VN',
  government: 'GOV-VN',
  ministryOfTransport: 'MOT-VN',
  fatherlandFront: 'VFF-VN',
  generalDepartmentOfPolitics: 'GDP-VN',
  ministryOfPublicSecurity: 'POL-VN',
} as const;

/** Bình Thuận's Department of Natural Resources and Environment (responsible for the pollution case). */
export const BINH_THUAN_DONRE = 'DONRE-60';

/**
 * `Tỉnh Bình Thuận` → `tỉnh Bình Thuận`: how a unit's name reads inside an
 * organization's name (`Ủy ban nhân dân tỉnh Bình Thuận`).
 */
export function inName(unit: ReferenceUnit): string {
  return unit.name.startsWith(unit.unitType) ? unit.unitType.toLowerCase() + unit.name.slice(unit.unitType.length) : unit.name;
}

/** `Tỉnh Bình Thuận` → `Bình Thuận`. */
export function shortName(unit: ReferenceUnit): string {
  return unit.name.startsWith(unit.unitType) ? unit.name.slice(unit.unitType.length).trim() : unit.name;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quốc', 'Hữu', 'Đức', 'Thanh', 'Ngọc', 'Xuân', 'Hoài'];
const GIVEN = [
  'Hùng',
  'Lan',
  'Tuấn',
  'Hương',
  'Nam',
  'Hải',
  'Bình',
  'Dũng',
  'Hà',
  'Phong',
  'Sơn',
  'Thảo',
  'Long',
  'Trung',
  'Mai',
  'Quang',
  'Tâm',
  'Khánh',
  'Vinh',
  'Hòa',
];

/** Given names that are a woman's, and the middle name most women's names carry. */
const WOMEN_GIVEN = [
  'Lan',
  'Hương',
  'Hà',
  'Thảo',
  'Mai',
  'Hoa',
  'Ngọc',
  'Hạnh',
  'Nhung',
  'Thu',
  'Loan',
  'Yến',
  'Trang',
  'Hiền',
  'Oanh',
  'Phương',
];

/**
 * A generated name for the head of a demo organization below the centre (the demo
 * names no real provincial or local official). The same organization always gets
 * the same name; a Women's Union is chaired by a woman, so `woman` gives a woman's
 * name (`Thị` and a woman's given name).
 */
export function officialName(organizationId: string, { woman = false } = {}): string {
  const h = createHash('sha1').update(organizationId).digest();
  if (woman) return `${FAMILY[h[0] % FAMILY.length]} Thị ${WOMEN_GIVEN[h[2] % WOMEN_GIVEN.length]}`;
  return `${FAMILY[h[0] % FAMILY.length]} ${MIDDLE[h[1] % MIDDLE.length]} ${GIVEN[h[2] % GIVEN.length]}`;
}

/** A deterministic pseudo-random integer in [0, n) for a key: varies demo figures without randomness. */
export function pick(key: string, n: number): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) % n;
}

/** Several deterministic pseudo-random integers for one key, each in [0, n) of its `n`, from one hash (at most five). */
export function picks(key: string, ns: readonly number[]): number[] {
  const digest = createHash('sha1').update(key).digest();
  return ns.map((n, i) => digest.readUInt32BE(i * 4) % n);
}

/** A `YYYY-MM-DD` date plus `days` (negative for earlier), as a date string: `2024-09-30` + 10 → `2024-10-10`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Records that several families refer to. The owner seeds the record; the others
 * seed their own records pointing at it.
 */
export const STORIES = {
  cases: {
    /** Land compensation and resettlement for the North-South Expressway in Hàm Thuận Nam district (598). State owns; Front supervises; armed forces support; party directs. */
    expresswayHamThuanNam: demoId('case/expressway-ham-thuan-nam'),
    /** The same expressway in Bắc Bình district (596): resolved. */
    expresswayBacBinh: demoId('case/expressway-bac-binh'),
    /** Lack of domestic water in Phan Hòa commune (23035), Bắc Bình district. */
    waterPhanHoa: demoId('case/water-phan-hoa'),
    /** Backlog of households on the Lê Duẩn Road project in Phan Thiết (593). */
    leDuanRoad: demoId('case/le-duan-road'),
    /** Environmental pollution from titanium sand mining in Tuy Phong (595). */
    pollutionTuyPhong: demoId('case/pollution-tuy-phong'),
    /** A RESTRICTED case: an ethnic and religious affairs matter in Chư Prông district (632), Gia Lai. */
    restrictedChuProng: demoId('case/restricted-chu-prong'),
    /** Industrial-park land clearance in Cẩm Giàng district (295), Hải Dương. */
    landCamGiang: demoId('case/land-cam-giang'),
  },
  programs: {
    /** Central Commission × Ministry of Public Security × General Department of Politics, reviewed every year. */
    centralArmedForces: demoId('program/central-mmc-mps-gdp'),
    /** Bình Thuận: mass mobilization for site clearance of the North-South Expressway. */
    binhThuanExpressway: demoId('program/binh-thuan-expressway'),
  },
  documents: {
    regulation23: demoId('document/23-QD-TW'),
    regulation217: demoId('document/217-QD-TW'),
    regulation218: demoId('document/218-QD-TW'),
    /** Bình Thuận Provincial Party Standing Committee's Directive 14 on "Skilled Mass Mobilization". */
    binhThuanDirective14: demoId('document/14-CT-TU-binh-thuan'),
    /** Bình Thuận's conclusion directing mass mobilization for the expressway site clearance. */
    binhThuanExpresswayConclusion: demoId('document/binh-thuan-expressway-conclusion'),
    /** Bắc Bình district's directive on the Phan Hòa water shortage. */
    bacBinhWaterDirective: demoId('document/bac-binh-water-directive'),
  },
} as const;
