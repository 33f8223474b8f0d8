import { CENTRAL, DEMO_WORLD, inName, lifeOf, officialName, orgId, parentOf, shortName, type World } from '../demo';
import type { ReferenceUnit } from '../../lib';
import type { MassMobilizationCommissionEntity, PartyCommitteeEntity } from '../../subgraphs/party/entities';

type Row<T> = Omit<T, 'version' | '__typename' | 'caseLinks'>;
export type CommitteeRow = Row<PartyCommitteeEntity>;
export type CommissionRow = Row<MassMobilizationCommissionEntity>;

/**
 * How a committee is named by the tier and type of its unit: `Tỉnh ủy Bình Thuận`,
 * `Thành ủy Phan Thiết`, `Thị ủy La Gi`, `Huyện ủy Bắc Bình`, `Đảng ủy xã Phan Hòa`.
 */
export function committeeName(unit: ReferenceUnit): string {
  switch (unit.level) {
    case 'CENTRAL':
      return 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam';
    case 'PROVINCIAL':
      return `${unit.unitType === 'Thành phố' ? 'Thành ủy' : 'Tỉnh ủy'} ${shortName(unit)}`;
    case 'DISTRICT': {
      const prefix = { 'Thành phố': 'Thành ủy', 'Thị xã': 'Thị ủy', Quận: 'Quận ủy' }[unit.unitType] ?? 'Huyện ủy';
      return `${prefix} ${shortName(unit)}`;
    }
    case 'COMMUNE':
      return `Đảng ủy ${inName(unit)}`;
  }
}

/**
 * Ban Tuyên giáo và Dân vận: the Propaganda and Mass Mobilization Commission each
 * committee formed in 2025 by merging its Propaganda Commission and its Mass
 * Mobilization Commission (design section 10). The Central one on 2025-02-03
 * (Politburo decision of that day); for the provinces and districts the demo uses
 * 2025-03-01: the provincial committees merged theirs in the weeks after the Central
 * one, most by the beginning of March, and the demo does not know each one's date.
 * The commissions formed on 2025-07-01 carry the new name from the start.
 */
export const COMMISSIONS_MERGED_ON = { central: '2025-02-03', local: '2025-03-01' } as const;

/** The committee of every unit version of a world (the demo's by default), parents before children (the order `units()` gives). */
export function committeeRows(world: World = DEMO_WORLD): CommitteeRow[] {
  return world.units().map((unit) => {
    const central = unit.level === 'CENTRAL';
    const id = central ? CENTRAL.partyCommittee : orgId.partyCommittee(unit);
    const parent = parentOf(unit);
    return {
      id,
      name: committeeName(unit),
      level: unit.level,
      unitCode: unit.code,
      unitPath: unit.path,
      ...lifeOf(unit, 'PC'),
      // The General Secretary is named as in the sources; local secretaries get generated names.
      headName: central ? 'Tô Lâm' : officialName(id),
      headTitle: central ? 'Tổng Bí thư' : 'Bí thư',
      parentId: parent ? (parent.level === 'CENTRAL' ? CENTRAL.partyCommittee : orgId.partyCommittee(parent)) : null,
    };
  });
}

/** The commissions: central, provincial and district; commune committees have none (Decision 23-QĐ/TW). */
export function commissionRows(world: World = DEMO_WORLD): CommissionRow[] {
  return world
    .units()
    .filter((unit) => unit.level !== 'COMMUNE')
    .map((unit) => {
      const central = unit.level === 'CENTRAL';
      const id = central ? CENTRAL.commission : orgId.commission(unit);
      const mergedOn = central ? COMMISSIONS_MERGED_ON.central : COMMISSIONS_MERGED_ON.local;
      const formedMerged = unit.validFrom !== null && unit.validFrom >= mergedOn;
      const oldName = central ? 'Ban Dân vận Trung ương' : `Ban Dân vận ${committeeName(unit)}`;
      const newName = central ? 'Ban Tuyên giáo và Dân vận Trung ương' : `Ban Tuyên giáo và Dân vận ${committeeName(unit)}`;
      return {
        id,
        name: newName,
        // Renamed while in force: the name it had before the merger, until the day before.
        formerName: formedMerged ? null : oldName,
        renamedOn: formedMerged ? null : mergedOn,
        level: unit.level,
        unitCode: unit.code,
        unitPath: unit.path,
        ...lifeOf(unit, 'MMC'),
        headName: central ? 'Mai Văn Chính' : officialName(id),
        headTitle: 'Trưởng ban',
        partyCommitteeId: central ? CENTRAL.partyCommittee : orgId.partyCommittee(unit),
      };
    });
}
