import { createHash } from 'node:crypto';
import { NATION_CODE, referenceUnit, ReferenceUnit, unitTree } from '../lib';

/**
 * The demo world (design section 8) that the four subgraphs' seeders share: which
 * units are in it, the ids of every organization, and the ids of the records that
 * cross families (a case that the Front supervises and the armed forces support, a
 * program with participants from every family). Each subgraph seeds only its own
 * part, into its own database; these shared ids are what make the parts meet.
 */

/** Provinces named in the sources: Bình Thuận, Hải Dương, Gia Lai. */
export const DEMO_PROVINCES = ['60', '30', '64'] as const;

/** Provinces with a border guard command (coastline or land border). */
export const BORDER_PROVINCES = new Set(['60', '64']);

/** Military region of each demo province. */
export const MILITARY_REGION: Record<string, string> = { '60': 'MR-7', '30': 'MR-3', '64': 'MR-5' };

/** Every unit of the demo: the nation, then each province with all its districts and communes. */
export function demoUnits(): ReferenceUnit[] {
  return [referenceUnit(NATION_CODE)!, ...DEMO_PROVINCES.flatMap((code) => unitTree(code))];
}

/** A stable UUID for a demo record, the same on every run (so seeding is idempotent). */
export function demoId(name: string): string {
  const hex = createHash('sha1').update(`dan-van-graph/${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Organization ids: a family prefix and the unit's code, e.g. `PC-60`, `PCOM-596`, `VFF-23035`. */
export const orgId = {
  partyCommittee: (unit: string) => `PC-${unit}`,
  commission: (unit: string) => `MMC-${unit}`,
  peoplesCommittee: (unit: string) => `PCOM-${unit}`,
  peoplesCouncil: (unit: string) => `PCOU-${unit}`,
  front: (prefix: FrontPrefix, unit: string) => `${prefix}-${unit}`,
  militaryCommand: (unit: string) => `MC-${unit}`,
  police: (unit: string) => `POL-${unit}`,
  borderGuard: (unit: string) => `BG-${unit}`,
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

/**
 * A generated name for the head of a demo organization below the centre (the demo
 * names no real provincial or local official). The same organization always gets
 * the same name.
 */
export function officialName(organizationId: string): string {
  const h = createHash('sha1').update(organizationId).digest();
  return `${FAMILY[h[0] % FAMILY.length]} ${MIDDLE[h[1] % MIDDLE.length]} ${GIVEN[h[2] % GIVEN.length]}`;
}

/** A deterministic pseudo-random integer in [0, n) for a key: varies demo figures without randomness. */
export function pick(key: string, n: number): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) % n;
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

/** The unit of a demo organization, read from its id (`PC-60` → `60`, `POL-VN` → `VN`); undefined when the id names none. */
export function unitOfDemoId(id: string): string | undefined {
  const code = id.split('-').pop();
  return code && referenceUnit(code) ? code : undefined;
}
