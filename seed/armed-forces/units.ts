import { NATION_CODE, referenceUnit, ReferenceUnit } from '../../lib';
import type { ArmedUnitEntity } from '../../subgraphs/armed-forces/entities/ArmedUnit';
import type { ArmedForcesBranch, ArmedUnitKind } from '../../subgraphs/armed-forces/generated/resolvers';
import { BORDER_PROVINCES, CENTRAL, demoUnits, inName, MILITARY_REGION, officialName, orgId } from '../demo';

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
    headName: head?.name ?? null,
    headTitle: head?.title ?? null,
    parentId,
  };
}

/** A generated head for a unit below the centre. */
const headOf = (id: string, title: string) => ({ name: officialName(id), title });

/** Every armed unit of the demo world, parents before children (the parent_id foreign key). */
export function demoArmedUnits(): UnitRow[] {
  const nation = referenceUnit(NATION_CODE)!;
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
    ...[...new Set(Object.values(MILITARY_REGION))]
      .sort()
      .map((id) => unitRow(id, `Quân khu ${id.slice('MR-'.length)}`, 'MILITARY_REGION', nation, null, headOf(id, 'Tư lệnh'))),
  ];
  const byLevel = (level: ReferenceUnit['level']) => demoUnits().filter((u) => u.level === level);
  for (const province of byLevel('PROVINCIAL')) {
    const mc = orgId.militaryCommand(province.code);
    const pol = orgId.police(province.code);
    rows.push(
      unitRow(
        mc,
        `Bộ Chỉ huy Quân sự ${inName(province)}`,
        'MILITARY_COMMAND',
        province,
        MILITARY_REGION[province.code],
        headOf(mc, 'Chỉ huy trưởng'),
      ),
      unitRow(pol, `Công an ${inName(province)}`, 'POLICE', province, CENTRAL.ministryOfPublicSecurity, headOf(pol, 'Giám đốc')),
    );
    if (BORDER_PROVINCES.has(province.code)) {
      const bg = orgId.borderGuard(province.code);
      // The Border Guard High Command above it is not part of the demo world.
      rows.push(
        unitRow(bg, `Bộ Chỉ huy Bộ đội Biên phòng ${inName(province)}`, 'BORDER_GUARD', province, null, headOf(bg, 'Chỉ huy trưởng')),
      );
    }
  }
  for (const unit of [...byLevel('DISTRICT'), ...byLevel('COMMUNE')]) {
    const mc = orgId.militaryCommand(unit.code);
    const pol = orgId.police(unit.code);
    rows.push(
      unitRow(
        mc,
        `Ban Chỉ huy Quân sự ${inName(unit)}`,
        'MILITARY_COMMAND',
        unit,
        orgId.militaryCommand(unit.parentCode!),
        headOf(mc, 'Chỉ huy trưởng'),
      ),
      unitRow(pol, `Công an ${inName(unit)}`, 'POLICE', unit, orgId.police(unit.parentCode!), headOf(pol, 'Trưởng Công an')),
    );
  }
  return rows;
}
