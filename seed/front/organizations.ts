import { DEMO_WORLD, FrontPrefix, inName, lifeOf, officialName, orgId, parentOf, pick, type World } from '../demo';
import type { ReferenceUnit } from '../../lib';
import type { FrontOrganizationKind } from '../../subgraphs/front/entities/FrontOrganization';
import { FrontOrganizationEntity } from '../../subgraphs/front/entities';

interface KindSpec {
  prefix: FrontPrefix;
  kind: FrontOrganizationKind;
  /** How the organization's name begins below the centre; the unit's name follows. */
  localName: string;
  centralName: string;
  headTitle: string;
  centralHeadTitle: string;
  /** Members of a commune-level organization: a plausible range, or null when not counted. */
  communeMembers: [number, number] | null;
  /** Members nationwide (rounded, of the order the organizations publish). */
  nationalMembers: number | null;
}

/** The Front committee first, then the socio-political organizations: the order a unit lists them in. */
export const KINDS: KindSpec[] = [
  {
    prefix: 'VFF',
    kind: 'FATHERLAND_FRONT',
    localName: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
    centralName: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    headTitle: 'Chủ tịch',
    centralHeadTitle: 'Chủ tịch',
    // The Front is an alliance: its members are organizations and representatives, not counted people.
    communeMembers: null,
    nationalMembers: null,
  },
  {
    prefix: 'TU',
    kind: 'TRADE_UNION',
    localName: 'Liên đoàn Lao động',
    centralName: 'Tổng Liên đoàn Lao động Việt Nam',
    headTitle: 'Chủ tịch',
    centralHeadTitle: 'Chủ tịch',
    communeMembers: null,
    nationalMembers: 11_200_000,
  },
  {
    prefix: 'FU',
    kind: 'FARMERS_UNION',
    localName: 'Hội Nông dân',
    centralName: 'Hội Nông dân Việt Nam',
    headTitle: 'Chủ tịch',
    centralHeadTitle: 'Chủ tịch',
    communeMembers: [450, 1_800],
    nationalMembers: 10_050_000,
  },
  {
    prefix: 'WU',
    kind: 'WOMENS_UNION',
    localName: 'Hội Liên hiệp Phụ nữ',
    centralName: 'Hội Liên hiệp Phụ nữ Việt Nam',
    headTitle: 'Chủ tịch',
    centralHeadTitle: 'Chủ tịch',
    communeMembers: [700, 2_600],
    nationalMembers: 19_600_000,
  },
  {
    prefix: 'YU',
    kind: 'YOUTH_UNION',
    localName: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    centralName: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    headTitle: 'Bí thư',
    centralHeadTitle: 'Bí thư thứ nhất',
    communeMembers: [120, 650],
    nationalMembers: 6_300_000,
  },
  {
    prefix: 'VA',
    kind: 'VETERANS_ASSOCIATION',
    localName: 'Hội Cựu chiến binh',
    centralName: 'Hội Cựu chiến binh Việt Nam',
    headTitle: 'Chủ tịch',
    centralHeadTitle: 'Chủ tịch',
    communeMembers: [80, 420],
    nationalMembers: 2_350_000,
  },
];

/** Whether a unit has an organization of this kind: the Trade Union stops at district level. */
function exists(spec: KindSpec, unit: ReferenceUnit): boolean {
  return !(spec.kind === 'TRADE_UNION' && unit.level === 'COMMUNE');
}

function within(key: string, [low, high]: [number, number]): number {
  return low + pick(key, high - low + 1);
}

/**
 * Member counts, bottom-up: a commune organization gets a plausible figure, a
 * district or province the sum of its units (the Trade Union, which has no commune
 * level, adds the grassroots unions of enterprises and agencies it directs itself).
 */
function memberCount(spec: KindSpec, unit: ReferenceUnit, sumOfChildren: number): number | null {
  const id = orgId.front(spec.prefix, unit);
  if (spec.kind === 'FATHERLAND_FRONT') return null;
  if (unit.level === 'CENTRAL') return spec.nationalMembers;
  if (spec.kind === 'TRADE_UNION') {
    return sumOfChildren + within(`${id}/members`, unit.level === 'DISTRICT' ? [2_500, 9_500] : [18_000, 42_000]);
  }
  return unit.level === 'COMMUNE' ? within(`${id}/members`, spec.communeMembers!) : sumOfChildren;
}

/**
 * Every Front and socio-political organization of the demo unit versions, parents
 * before children. Since 2025-07-01 the socio-political organizations operate under
 * the Fatherland Front (design section 10); they keep their own records and lines.
 */
export function demoOrganizations(world: World = DEMO_WORLD): FrontOrganizationEntity[] {
  const units = world.units();
  const rows = new Map<string, FrontOrganizationEntity>();
  const childMembers = new Map<string, number>();
  const ids = new Set(units.flatMap((unit) => KINDS.filter((spec) => exists(spec, unit)).map((spec) => orgId.front(spec.prefix, unit))));
  // Children come after their parents in `units`: walking backwards sums each unit's children first.
  for (const unit of [...units].reverse()) {
    for (const spec of KINDS) {
      if (!exists(spec, unit)) continue;
      const id = orgId.front(spec.prefix, unit);
      const central = unit.level === 'CENTRAL';
      const count = memberCount(spec, unit, childMembers.get(id) ?? 0);
      const parent = parentOf(unit);
      const parentId = parent ? orgId.front(spec.prefix, parent) : null;
      if (parentId && count !== null) childMembers.set(parentId, (childMembers.get(parentId) ?? 0) + count);
      rows.set(id, {
        id,
        name: central ? spec.centralName : `${spec.localName} ${inName(unit)}`,
        kind: spec.kind,
        level: unit.level,
        unitCode: unit.code,
        unitPath: unit.path,
        ...lifeOf(unit, spec.prefix, (other) => ids.has(other)),
        headName: officialName(id, { woman: spec.kind === 'WOMENS_UNION' }),
        headTitle: central ? spec.centralHeadTitle : spec.headTitle,
        parentId,
        memberCount: count,
      });
    }
  }
  return [...rows.values()].reverse();
}
