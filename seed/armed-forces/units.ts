import { LAST_THREE_LEVEL_DAY, NATION_CODE, referenceUnit, ReferenceUnit, TWO_LEVEL_FIRST_DAY } from '../../lib';
import type { ArmedUnitEntity } from '../../subgraphs/armed-forces/entities/ArmedUnit';
import type { ArmedForcesBranch, ArmedUnitKind } from '../../subgraphs/armed-forces/generated/resolvers';
import { CENTRAL, DEMO_WORLD, inName, lifeOf, officialName, orgId, parentOf, shortName, type World } from '../demo';

/**
 * The armed units of the demo world: the General Department of Politics, the
 * Ministry of Public Security and the military regions at the centre; in every demo
 * province, district and commune its military command and police, and a border
 * guard command in the provinces with a coast or a land border. Each unit's parent
 * is the one above it in its own chain of command.
 */

/** An armed unit as the seeder inserts it (the database fills in version and timestamps). */
export type UnitRow = Omit<ArmedUnitEntity, 'version' | 'createdAt' | 'updatedAt'>;

function unitRow(
  id: string,
  name: string,
  kind: ArmedUnitKind,
  place: ReferenceUnit,
  parentId: string | null,
  head: { name: string; title: string } | null,
  predecessorIds: string[] = [],
): UnitRow {
  const branch: ArmedForcesBranch = kind === 'POLICE' || kind === 'MINISTRY_OF_PUBLIC_SECURITY' ? 'PUBLIC_SECURITY' : 'PEOPLES_ARMY';
  return {
    id,
    name,
    kind,
    branch,
    level: place.level,
    unitCode: place.code,
    unitPath: place.path,
    // Formed and ended with the unit's version (the nation's never end).
    validFrom: place.validFrom,
    validTo: place.validTo,
    predecessorIds,
    headName: head?.name ?? null,
    headTitle: head?.title ?? null,
    parentId,
  };
}

/** A generated head for a unit below the centre. */
const headOf = (id: string, title: string) => ({ name: officialName(id), title });

/** Every armed unit of a world (the demo's by default), parents before children (the parent_id foreign key). */
export function demoArmedUnits(world: World = DEMO_WORLD): UnitRow[] {
  const nation = referenceUnit(NATION_CODE, LAST_THREE_LEVEL_DAY)!;
  const rows: UnitRow[] = [
    unitRow(
      CENTRAL.generalDepartmentOfPolitics,
      'Tổng cục Chính trị Quân đội nhân dân Việt Nam',
      'GENERAL_DEPARTMENT_OF_POLITICS',
      nation,
      null,
      { name: 'Trịnh Văn Quyết', title: 'Chủ nhiệm' },
    ),
    unitRow(CENTRAL.ministryOfPublicSecurity, 'Bộ Công an', 'MINISTRY_OF_PUBLIC_SECURITY', nation, null, {
      name: 'Lương Tam Quang',
      title: 'Bộ trưởng',
    }),
    // Military regions sit above the provinces, so they are CENTRAL and stationed in VN.
    ...[...new Set(world.units().flatMap((u) => (u.level === 'PROVINCIAL' ? [world.militaryRegion(u)] : [])))]
      .sort()
      .map((id) => unitRow(id, world.militaryRegionName(id), 'MILITARY_REGION', nation, null, headOf(id, 'Tư lệnh'))),
  ];
  const byLevel = (level: ReferenceUnit['level']) => world.units().filter((u) => u.level === level);
  const ids = new Set<string>();
  const own = (prefix: string, unit: ReferenceUnit) => lifeOf(unit, prefix, (id) => ids.has(id)).predecessorIds;
  const push = (...units: UnitRow[]) => {
    for (const unit of units) ids.add(unit.id);
    rows.push(...units);
  };
  for (const province of byLevel('PROVINCIAL')) {
    const mc = orgId.militaryCommand(province);
    const pol = orgId.police(province);
    push(
      unitRow(
        mc,
        `Bộ Chỉ huy Quân sự ${inName(province)}`,
        'MILITARY_COMMAND',
        province,
        world.militaryRegion(province),
        headOf(mc, 'Chỉ huy trưởng'),
        own('MC', province),
      ),
      unitRow(
        pol,
        `Công an ${inName(province)}`,
        'POLICE',
        province,
        CENTRAL.ministryOfPublicSecurity,
        headOf(pol, 'Giám đốc'),
        own('POL', province),
      ),
    );
    if (world.hasBorderGuard(province)) {
      const bg = orgId.borderGuard(province);
      // The Border Guard High Command above it is not part of the demo world.
      push(
        unitRow(
          bg,
          `Bộ Chỉ huy Bộ đội Biên phòng ${inName(province)}`,
          'BORDER_GUARD',
          province,
          null,
          headOf(bg, 'Chỉ huy trưởng'),
          own('BG', province),
        ),
      );
    }
    if (province.validFrom === TWO_LEVEL_FIRST_DAY) push(...regionalDefenseCommands(province, world));
  }
  const commands = new Map(
    rows.filter((r) => r.kind === 'REGIONAL_DEFENSE_COMMAND').flatMap((r) => r.predecessorIds.map((id) => [id, r.id])),
  );
  for (const unit of [...byLevel('DISTRICT'), ...byLevel('COMMUNE')]) {
    const mc = orgId.militaryCommand(unit);
    const pol = orgId.police(unit);
    const parent = parentOf(unit)!;
    // A new commune's military command comes under the regional defense command that
    // took over the district command of the first commune it was formed from.
    const formerDistrict = unit.predecessors[0] && orgId.militaryCommand(parentOf(unit.predecessors[0].unit)!);
    push(
      unitRow(
        mc,
        `Ban Chỉ huy Quân sự ${inName(unit)}`,
        'MILITARY_COMMAND',
        unit,
        (formerDistrict && commands.get(formerDistrict)) ?? orgId.militaryCommand(parent),
        headOf(mc, 'Chỉ huy trưởng'),
        own('MC', unit),
      ),
      unitRow(pol, `Công an ${inName(unit)}`, 'POLICE', unit, orgId.police(parent), headOf(pol, 'Trưởng Công an'), own('POL', unit)),
    );
  }
  return rows;
}

/** How many of a province's former districts each regional defense command of the demo takes over. */
const DISTRICTS_PER_REGION = 3;

/**
 * The regional defense commands (Ban Chỉ huy Phòng thủ khu vực) of a province formed on
 * 2025-07-01: each takes over the local role of a few of the former districts' military
 * commands (its predecessors), in code order, and is named after the first. The real
 * number and areas were set by each provincial command; the demo groups districts by three.
 */
function regionalDefenseCommands(province: ReferenceUnit, world: World): UnitRow[] {
  const districts = province.predecessors
    .flatMap((p) => world.units().filter((u) => u.level === 'DISTRICT' && u.parentCode === p.unit.code && u.validTo === p.unit.validTo))
    .sort((a, b) => a.code.localeCompare(b.code));
  const rows: UnitRow[] = [];
  for (let i = 0; i < districts.length; i += DISTRICTS_PER_REGION) {
    const group = districts.slice(i, i + DISTRICTS_PER_REGION);
    const number = rows.length + 1;
    const id = orgId.regionalDefense(province, number);
    rows.push(
      unitRow(
        id,
        `Ban Chỉ huy Phòng thủ khu vực ${number} - ${shortName(group[0])}, ${inName(province)}`,
        'REGIONAL_DEFENSE_COMMAND',
        province,
        orgId.militaryCommand(province),
        headOf(id, 'Chỉ huy trưởng'),
        group.map((district) => orgId.militaryCommand(district)),
      ),
    );
  }
  return rows;
}
