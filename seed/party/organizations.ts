import { CENTRAL, demoUnits, inName, officialName, orgId, shortName } from '../demo';
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

/** The committee of every demo unit, parents before children (the order `demoUnits` gives). */
export function committeeRows(): CommitteeRow[] {
  return demoUnits().map((unit) => {
    const id = orgId.partyCommittee(unit.code);
    const central = unit.level === 'CENTRAL';
    return {
      id: central ? CENTRAL.partyCommittee : id,
      name: committeeName(unit),
      level: unit.level,
      unitCode: unit.code,
      unitPath: unit.path,
      // The General Secretary is named as in the sources; local secretaries get generated names.
      headName: central ? 'Tô Lâm' : officialName(id),
      headTitle: central ? 'Tổng Bí thư' : 'Bí thư',
      parentId: unit.parentCode ? orgId.partyCommittee(unit.parentCode) : null,
    };
  });
}

/** The commissions: central, provincial and district; commune committees have none (Decision 23-QĐ/TW). */
export function commissionRows(): CommissionRow[] {
  return demoUnits()
    .filter((unit) => unit.level !== 'COMMUNE')
    .map((unit) => {
      const id = orgId.commission(unit.code);
      const central = unit.level === 'CENTRAL';
      return {
        id,
        name: central ? 'Ban Dân vận Trung ương' : `Ban Dân vận ${committeeName(unit)}`,
        level: unit.level,
        unitCode: unit.code,
        unitPath: unit.path,
        headName: central ? 'Mai Văn Chính' : officialName(id),
        headTitle: 'Trưởng ban',
        partyCommitteeId: orgId.partyCommittee(unit.code),
      };
    });
}
