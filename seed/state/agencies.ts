import { LAST_THREE_LEVEL_DAY, referenceUnit, unitPath } from '../../lib';
import type { StateAgency } from '../../subgraphs/state/entities/StateAgency';
import { BINH_THUAN_DONRE, CENTRAL, DEMO_WORLD, inName, lifeOf, officialName, orgId, type World } from '../demo';

/** The state agencies of a world (the demo's by default); also read by seed/organizations.ts (the organizations `npm run token` signs for). */
export function agencyRows(world: World = DEMO_WORLD): StateAgency[] {
  const nation = unitPath('VN', LAST_THREE_LEVEL_DAY);
  const central = { validFrom: null, validTo: null, predecessorIds: [] };
  const rows: StateAgency[] = [
    {
      id: CENTRAL.government,
      name: 'Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam',
      kind: 'GOVERNMENT',
      level: 'CENTRAL',
      unitCode: 'VN',
      unitPath: nation,
      ...central,
      headName: 'Phạm Minh Chính',
      headTitle: 'Thủ tướng Chính phủ',
      parentAgencyId: null,
    },
    {
      // The investor of the North-South Expressway (Eastern section).
      id: CENTRAL.ministryOfTransport,
      name: 'Bộ Giao thông vận tải',
      kind: 'MINISTRY',
      level: 'CENTRAL',
      unitCode: 'VN',
      unitPath: nation,
      ...central,
      headName: 'Nguyễn Văn Thắng',
      headTitle: 'Bộ trưởng',
      parentAgencyId: CENTRAL.government,
    },
  ];
  // Law on the Organization of Local Government (2015), art. 4: local government at every
  // province, district and commune is a People's Council (elected) and a People's Committee.
  for (const u of world.units()) {
    if (u.level === 'CENTRAL') continue;
    for (const [id, kind, body, prefix] of [
      [orgId.peoplesCommittee(u), 'PEOPLES_COMMITTEE', 'Ủy ban nhân dân', 'PCOM'],
      [orgId.peoplesCouncil(u), 'PEOPLES_COUNCIL', 'Hội đồng nhân dân', 'PCOU'],
    ] as const) {
      rows.push({
        id,
        name: `${body} ${inName(u)}`,
        kind,
        level: u.level,
        unitCode: u.code,
        unitPath: u.path,
        ...lifeOf(u, prefix),
        headName: officialName(id),
        headTitle: 'Chủ tịch',
        parentAgencyId: null,
      });
    }
  }
  rows.push({
    id: BINH_THUAN_DONRE,
    name: 'Sở Tài nguyên và Môi trường tỉnh Bình Thuận',
    kind: 'DEPARTMENT',
    level: 'PROVINCIAL',
    unitCode: '60',
    unitPath: unitPath('60', LAST_THREE_LEVEL_DAY),
    ...lifeOf(referenceUnit('60', LAST_THREE_LEVEL_DAY)!, 'DONRE'),
    headName: officialName(BINH_THUAN_DONRE),
    headTitle: 'Giám đốc',
    parentAgencyId: orgId.peoplesCommittee('60'),
  });
  return rows;
}
