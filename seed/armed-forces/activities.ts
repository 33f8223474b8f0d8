import { DataSource } from 'typeorm';
import {
  addDays,
  BORDER_PROVINCES,
  CENTRAL,
  demoId,
  demoUnits,
  inName,
  MILITARY_REGION,
  officialName,
  orgId,
  pick,
  STORIES,
} from '../demo';
import { insertInChunks, NATION_CODE, referenceUnit, ReferenceUnit, unitPath } from '../../lib';
import type { ActivityKind, ArmedForcesBranch, ArmedUnitKind } from '../../subgraphs/armed-forces/generated/resolvers';
import { ArmedUnitEntity } from '../../subgraphs/armed-forces/entities/ArmedUnit';
import { MobilizationActivityEntity } from '../../subgraphs/armed-forces/entities/MobilizationActivity';

/**
 * The armed forces' part of the demo world (design section 8): every armed unit of
 * the demo provinces, the activities of the shared stories (the expressway, the
 * Phan Hòa water shortage, the central coordination program) and deterministic
 * filler so that every district has a few activities a year. Heads below the
 * centre get generated names (`officialName`); citizens appear only as counts.
 */

/** The story activities' ids, for tests and for anyone reading the demo. */
export const ACTIVITY = {
  expresswayPropaganda: demoId('armed-forces/activity/expressway-ham-thuan-nam-propaganda'),
  expresswayHousing: demoId('armed-forces/activity/expressway-ham-thuan-nam-housing'),
  waterPhanHoaTrucks: demoId('armed-forces/activity/water-phan-hoa-mc-596'),
  waterPhanHoaPolice: demoId('armed-forces/activity/water-phan-hoa-pol-23035'),
  borderSpring2023: demoId('armed-forces/activity/xuan-bien-phong-2023'),
  borderSpring2024: demoId('armed-forces/activity/xuan-bien-phong-2024'),
  borderSpring2025: demoId('armed-forces/activity/xuan-bien-phong-2025'),
  stormGiaLaiRegion: demoId('armed-forces/activity/storm-gia-lai-mr-5'),
  stormGiaLaiProvince: demoId('armed-forces/activity/storm-gia-lai-mc-64'),
  newRuralHaiDuong2024: demoId('armed-forces/activity/new-rural-hai-duong-2024'),
  newRuralHaiDuong2025: demoId('armed-forces/activity/new-rural-hai-duong-2025'),
  yagiHaiDuong: demoId('armed-forces/activity/yagi-hai-duong'),
  centralHealthcareDucCo2022: demoId('armed-forces/activity/central-healthcare-duc-co-2022'),
  centralHousingGiaLai2022: demoId('armed-forces/activity/central-housing-gia-lai-2022'),
  centralDemocracyLaw2022: demoId('armed-forces/activity/central-democracy-law-2022'),
  centralHousingGiaLai2023: demoId('armed-forces/activity/central-housing-gia-lai-2023'),
  centralDemocracyLaw2023: demoId('armed-forces/activity/central-democracy-law-2023'),
  centralHealthcareBinhThuan2023: demoId('armed-forces/activity/central-healthcare-binh-thuan-2023'),
  centralHousingGiaLai2024: demoId('armed-forces/activity/central-housing-gia-lai-2024'),
  centralHealthcareBinhThuan2024: demoId('armed-forces/activity/central-healthcare-binh-thuan-2024'),
  centralDemocracyLaw2024: demoId('armed-forces/activity/central-democracy-law-2024'),
} as const;

type UnitRow = Omit<ArmedUnitEntity, 'version' | 'createdAt' | 'updatedAt'>;
type ActivityRow = Omit<MobilizationActivityEntity, 'version' | 'createdAt' | 'updatedAt'>;

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

interface StoryActivity {
  id: string;
  title: string;
  kind: ActivityKind;
  by: string;
  at: string;
  startedOn: string;
  endedOn: string | null;
  personnel: number;
  manDays: number;
  householdsReached: number;
  description: string | null;
  caseId?: string;
  programId?: string;
}

/** The activities of the shared stories, with the figures the cross-family scenarios show. */
function storyActivities(): StoryActivity[] {
  const { cases, programs } = STORIES;
  return [
    // North-South Expressway site clearance in Hàm Thuận Nam (598).
    {
      id: ACTIVITY.expresswayPropaganda,
      title: 'Tuyên truyền, vận động nhân dân bàn giao mặt bằng thi công cao tốc Bắc – Nam qua huyện Hàm Thuận Nam',
      kind: 'PROPAGANDA',
      by: orgId.police('598'),
      at: '598',
      startedOn: '2023-03-06',
      endedOn: '2023-04-28',
      personnel: 45,
      manDays: 540,
      householdsReached: 320,
      description:
        'Công an huyện phối hợp Ủy ban Mặt trận Tổ quốc và chính quyền các xã có tuyến cao tốc đi qua gặp gỡ từng hộ dân, giải thích chính sách bồi thường, hỗ trợ, tái định cư; nắm tình hình, giải quyết kiến nghị ngay tại cơ sở và bảo đảm an ninh, trật tự trong quá trình bàn giao mặt bằng.',
      caseId: cases.expresswayHamThuanNam,
      programId: programs.binhThuanExpressway,
    },
    {
      id: ACTIVITY.expresswayHousing,
      title: 'Giúp các hộ dân tái định cư cao tốc Bắc – Nam huyện Hàm Thuận Nam xây dựng nhà ở',
      kind: 'HOUSING',
      by: orgId.militaryCommand('598'),
      at: '598',
      startedOn: '2023-05-15',
      endedOn: '2023-07-14',
      personnel: 60,
      manDays: 900,
      householdsReached: 28,
      description:
        'Ban Chỉ huy Quân sự huyện cùng lực lượng dân quân san lấp nền, vận chuyển vật liệu và dựng nhà cho các hộ dân chuyển đến khu tái định cư, giúp bà con sớm ổn định cuộc sống.',
      caseId: cases.expresswayHamThuanNam,
      programId: programs.binhThuanExpressway,
    },
    // Domestic water for Phan Hòa commune (23035), Bắc Bình district, in the 2024 dry season.
    {
      id: ACTIVITY.waterPhanHoaTrucks,
      title: 'Chở nước sinh hoạt cấp miễn phí cho nhân dân xã Phan Hòa mùa khô hạn',
      kind: 'DISASTER_RELIEF',
      by: orgId.militaryCommand('596'),
      at: '23035',
      startedOn: '2024-03-18',
      endedOn: '2024-05-10',
      personnel: 24,
      manDays: 420,
      householdsReached: 850,
      description:
        'Ban Chỉ huy Quân sự huyện Bắc Bình điều xe bồn chở nước sạch đến các thôn thiếu nước sinh hoạt của xã Phan Hòa, mỗi ngày hai chuyến, trong suốt đợt nắng hạn kéo dài.',
      caseId: cases.waterPhanHoa,
    },
    {
      id: ACTIVITY.waterPhanHoaPolice,
      title: 'Vận chuyển nước sinh hoạt đến từng hộ dân thiếu nước tại xã Phan Hòa',
      kind: 'DISASTER_RELIEF',
      by: orgId.police('23035'),
      at: '23035',
      startedOn: '2024-04-01',
      endedOn: '2024-05-15',
      personnel: 12,
      manDays: 260,
      householdsReached: 430,
      description:
        'Công an xã phối hợp Đoàn Thanh niên dùng xe chuyên dụng và can nhựa đưa nước đến tận nhà người cao tuổi, hộ nghèo, gia đình chính sách.',
      caseId: cases.waterPhanHoa,
    },
    // The Border Guard's yearly "Xuân Biên phòng ấm lòng dân bản" before Tết, on Bình Thuận's coast.
    {
      id: ACTIVITY.borderSpring2023,
      title: 'Chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2023 tại huyện đảo Phú Quý',
      kind: 'POVERTY_REDUCTION',
      by: orgId.borderGuard('60'),
      at: '602',
      startedOn: '2023-01-09',
      endedOn: '2023-01-15',
      personnel: 25,
      manDays: 150,
      householdsReached: 180,
      description:
        'Tặng quà Tết cho hộ nghèo, gia đình chính sách và ngư dân có hoàn cảnh khó khăn; tổ chức gói bánh chưng, khám bệnh và cấp thuốc miễn phí.',
    },
    {
      id: ACTIVITY.borderSpring2024,
      title: 'Chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2024 tại xã Chí Công',
      kind: 'POVERTY_REDUCTION',
      by: orgId.borderGuard('60'),
      at: '22996',
      startedOn: '2024-01-25',
      endedOn: '2024-02-02',
      personnel: 30,
      manDays: 180,
      householdsReached: 200,
      description:
        'Tặng quà Tết cho hộ nghèo và ngư dân bám biển; trao học bổng "Nâng bước em tới trường" cho học sinh nghèo vùng biên giới biển.',
    },
    {
      id: ACTIVITY.borderSpring2025,
      title: 'Chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2025 tại thị trấn Phan Rí Cửa',
      kind: 'POVERTY_REDUCTION',
      by: orgId.borderGuard('60'),
      at: '22972',
      startedOn: '2025-01-13',
      endedOn: '2025-01-20',
      personnel: 28,
      manDays: 168,
      householdsReached: 220,
      description: 'Tặng quà Tết, tổ chức "Phiên chợ 0 đồng" và khám bệnh, cấp thuốc miễn phí cho ngư dân, hộ nghèo vùng biên giới biển.',
    },
    // Gia Lai after a storm in 2024.
    {
      id: ACTIVITY.stormGiaLaiRegion,
      title: 'Giúp nhân dân huyện Ia Pa khắc phục hậu quả mưa lũ sau bão',
      kind: 'DISASTER_RELIEF',
      by: 'MR-5',
      at: '635',
      startedOn: '2024-10-30',
      endedOn: '2024-11-08',
      personnel: 150,
      manDays: 1350,
      householdsReached: 410,
      description: 'Quân khu 5 điều lực lượng giúp dân dọn bùn đất, sửa chữa nhà cửa, trường học và khôi phục đường giao thông bị sạt lở.',
    },
    {
      id: ACTIVITY.stormGiaLaiProvince,
      title: 'Sơ tán, hỗ trợ nhân dân huyện Krông Pa khắc phục hậu quả mưa lũ sau bão',
      kind: 'DISASTER_RELIEF',
      by: orgId.militaryCommand('64'),
      at: '637',
      startedOn: '2024-10-28',
      endedOn: '2024-11-04',
      personnel: 85,
      manDays: 595,
      householdsReached: 260,
      description: 'Bộ Chỉ huy Quân sự tỉnh cùng dân quân di dời người dân khỏi vùng ngập lụt, gia cố nhà cửa, vệ sinh môi trường sau lũ.',
    },
    // Hải Dương.
    {
      id: ACTIVITY.newRuralHaiDuong2024,
      title: 'Giúp nhân dân huyện Gia Lộc xây dựng nông thôn mới kiểu mẫu',
      kind: 'NEW_RURAL_CONSTRUCTION',
      by: orgId.militaryCommand('30'),
      at: '297',
      startedOn: '2024-03-04',
      endedOn: '2024-03-29',
      personnel: 70,
      manDays: 1260,
      householdsReached: 150,
      description: 'Bê tông hóa đường giao thông nội đồng, nạo vét kênh mương và trồng cây xanh trên các tuyến đường làng.',
    },
    {
      id: ACTIVITY.newRuralHaiDuong2025,
      title: 'Ra quân giúp nhân dân huyện Thanh Miện làm đường giao thông nông thôn',
      kind: 'NEW_RURAL_CONSTRUCTION',
      by: orgId.militaryCommand('30'),
      at: '300',
      startedOn: '2025-03-03',
      endedOn: null,
      personnel: 50,
      manDays: 400,
      householdsReached: 90,
      description: null,
    },
    {
      id: ACTIVITY.yagiHaiDuong,
      title: 'Giúp nhân dân tỉnh Hải Dương khắc phục hậu quả bão số 3 (Yagi)',
      kind: 'DISASTER_RELIEF',
      by: orgId.militaryCommand('30'),
      at: '30',
      startedOn: '2024-09-08',
      endedOn: '2024-09-20',
      personnel: 320,
      manDays: 4160,
      householdsReached: 1800,
      description: 'Cưa, dọn cây đổ, khơi thông đường giao thông, giúp dân dựng lại nhà cửa, chuồng trại và gia cố đê điều sau bão.',
    },
    // The central program of the Central Commission, the Ministry of Public Security and the General Department of Politics.
    {
      id: ACTIVITY.centralHealthcareDucCo2022,
      title: 'Khám bệnh, cấp thuốc miễn phí cho đồng bào dân tộc thiểu số huyện biên giới Đức Cơ',
      kind: 'HEALTHCARE',
      by: CENTRAL.generalDepartmentOfPolitics,
      at: '631',
      startedOn: '2022-06-14',
      endedOn: '2022-06-16',
      personnel: 35,
      manDays: 105,
      householdsReached: 600,
      description:
        'Đoàn y, bác sĩ quân y khám bệnh, cấp thuốc và tặng quà cho đồng bào dân tộc thiểu số, gia đình chính sách ở các xã biên giới.',
      programId: programs.centralArmedForces,
    },
    {
      id: ACTIVITY.centralHousingGiaLai2022,
      title: 'Xây dựng nhà đại đoàn kết cho hộ nghèo tỉnh Gia Lai',
      kind: 'HOUSING',
      by: CENTRAL.ministryOfPublicSecurity,
      at: '64',
      startedOn: '2022-09-05',
      endedOn: '2022-12-20',
      personnel: 40,
      manDays: 2400,
      householdsReached: 100,
      description:
        'Bộ Công an hỗ trợ kinh phí và cán bộ, chiến sĩ công an các cấp tham gia ngày công xây dựng nhà cho hộ nghèo là đồng bào dân tộc thiểu số.',
      programId: programs.centralArmedForces,
    },
    {
      id: ACTIVITY.centralDemocracyLaw2022,
      title: 'Quán triệt, tuyên truyền Luật Thực hiện dân chủ ở cơ sở trong lực lượng Công an nhân dân',
      kind: 'PROPAGANDA',
      by: CENTRAL.ministryOfPublicSecurity,
      at: NATION_CODE,
      startedOn: '2022-12-15',
      endedOn: '2022-12-30',
      personnel: 120,
      manDays: 240,
      householdsReached: 0,
      description:
        'Quán triệt Luật Thực hiện dân chủ ở cơ sở (Quốc hội thông qua ngày 10/11/2022) tới cán bộ, chiến sĩ làm công tác dân vận của lực lượng Công an nhân dân.',
      programId: programs.centralArmedForces,
    },
    {
      id: ACTIVITY.centralHousingGiaLai2023,
      title: 'Xây dựng nhà ở cho hộ nghèo huyện Kông Chro, tỉnh Gia Lai',
      kind: 'HOUSING',
      by: CENTRAL.ministryOfPublicSecurity,
      at: '630',
      startedOn: '2023-04-03',
      endedOn: '2023-08-31',
      personnel: 45,
      manDays: 3100,
      householdsReached: 120,
      description: null,
      programId: programs.centralArmedForces,
    },
    {
      id: ACTIVITY.centralDemocracyLaw2023,
      title: 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở cho cán bộ, chiến sĩ và nhân dân nơi đóng quân',
      kind: 'PROPAGANDA',
      by: CENTRAL.generalDepartmentOfPolitics,
      at: NATION_CODE,
      startedOn: '2023-06-19',
      endedOn: '2023-07-31',
      personnel: 200,
      manDays: 1200,
      householdsReached: 5000,
      description:
        'Tuyên truyền Luật trước ngày có hiệu lực (01/7/2023) qua hội nghị, tài liệu hỏi – đáp và các buổi nói chuyện chuyên đề tại địa bàn đóng quân.',
      programId: programs.centralArmedForces,
    },
    {
      id: ACTIVITY.centralHealthcareBinhThuan2023,
      title: 'Quân dân y kết hợp khám bệnh, cấp thuốc miễn phí cho nhân dân huyện Tuy Phong',
      kind: 'HEALTHCARE',
      by: CENTRAL.generalDepartmentOfPolitics,
      at: '595',
      startedOn: '2023-08-08',
      endedOn: '2023-08-10',
      personnel: 30,
      manDays: 90,
      householdsReached: 700,
      description: 'Khám bệnh, cấp thuốc miễn phí và tặng quà cho người cao tuổi, gia đình chính sách, ngư dân có hoàn cảnh khó khăn.',
      programId: programs.centralArmedForces,
    },
    {
      id: ACTIVITY.centralHousingGiaLai2024,
      title: 'Xây dựng nhà ở cho hộ nghèo huyện KBang, tỉnh Gia Lai',
      kind: 'HOUSING',
      by: CENTRAL.ministryOfPublicSecurity,
      at: '625',
      startedOn: '2024-03-11',
      endedOn: '2024-07-31',
      personnel: 50,
      manDays: 3500,
      householdsReached: 150,
      description:
        'Xóa nhà tạm, nhà dột nát cho hộ nghèo là đồng bào dân tộc thiểu số, với kinh phí do cán bộ, chiến sĩ Công an nhân dân đóng góp.',
      programId: programs.centralArmedForces,
    },
    {
      id: ACTIVITY.centralHealthcareBinhThuan2024,
      title: 'Quân dân y kết hợp khám bệnh, cấp thuốc miễn phí cho nhân dân huyện Bắc Bình',
      kind: 'HEALTHCARE',
      by: CENTRAL.generalDepartmentOfPolitics,
      at: '596',
      startedOn: '2024-08-13',
      endedOn: '2024-08-15',
      personnel: 32,
      manDays: 96,
      householdsReached: 750,
      description: null,
      programId: programs.centralArmedForces,
    },
    {
      id: ACTIVITY.centralDemocracyLaw2024,
      title: 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở cho nhân dân tỉnh Hải Dương',
      kind: 'PROPAGANDA',
      by: CENTRAL.ministryOfPublicSecurity,
      at: '30',
      startedOn: '2024-05-20',
      endedOn: '2024-06-14',
      personnel: 60,
      manDays: 600,
      householdsReached: 2400,
      description: null,
      programId: programs.centralArmedForces,
    },
  ];
}

type Branch = 'ARMY' | 'POLICE' | 'ANY';

/**
 * Titles of everyday activities by kind: the branch that does that kind of thing,
 * the title (`$` is the place) and, for seasonal work, the months it happens in
 * (Tết gifts in January, storm preparation in the rainy season, enlistment in winter).
 */
const TITLES: Record<ActivityKind, [Branch, string, number[]?][]> = {
  DISASTER_RELIEF: [
    ['ANY', 'Giúp nhân dân $ khắc phục hậu quả mưa lũ', [7, 8, 9, 10, 11]],
    ['ANY', 'Hỗ trợ nhân dân $ chằng chống nhà cửa, di dời người dân khỏi vùng nguy hiểm trước bão', [7, 8, 9, 10]],
    ['ARMY', 'Diễn tập phòng chống thiên tai, tìm kiếm cứu nạn tại $', [4, 5, 6]],
    ['ARMY', 'Nạo vét kênh mương, khơi thông dòng chảy phòng chống lụt bão tại $', [3, 4, 5, 6]],
  ],
  EPIDEMIC_RESPONSE: [
    ['ANY', 'Phun hóa chất phòng chống dịch sốt xuất huyết tại $', [6, 7, 8, 9, 10]],
    ['ANY', 'Ra quân vệ sinh môi trường, diệt lăng quăng phòng chống dịch bệnh tại $'],
    ['ARMY', 'Hỗ trợ phòng chống dịch tả lợn châu Phi tại $'],
  ],
  NEW_RURAL_CONSTRUCTION: [
    ['ANY', 'Giúp nhân dân $ làm đường giao thông nông thôn'],
    ['ARMY', 'Bê tông hóa đường ngõ xóm, xây dựng nông thôn mới tại $'],
    ['ANY', 'Trồng cây xanh, chỉnh trang cảnh quan đường làng tại $'],
    ['POLICE', 'Xây dựng mô hình "Camera an ninh" góp phần xây dựng nông thôn mới tại $'],
  ],
  POVERTY_REDUCTION: [
    ['ANY', 'Trao bò giống hỗ trợ sinh kế cho hộ nghèo $'],
    ['ANY', 'Tặng quà Tết cho hộ nghèo, gia đình chính sách $', [1]],
    ['ARMY', 'Hướng dẫn kỹ thuật trồng trọt, chăn nuôi giúp hộ nghèo $ phát triển kinh tế'],
    ['ANY', 'Tặng học bổng, đồ dùng học tập cho học sinh nghèo vượt khó $', [8, 9]],
  ],
  HOUSING: [
    ['ARMY', 'Xây dựng "Nhà đồng đội" cho cựu quân nhân có hoàn cảnh khó khăn $'],
    ['ANY', 'Sửa chữa, xây mới nhà ở cho hộ nghèo $'],
    ['POLICE', 'Bàn giao "Mái ấm nghĩa tình" cho hộ nghèo $'],
  ],
  HEALTHCARE: [
    ['ARMY', 'Quân dân y kết hợp khám bệnh, cấp thuốc miễn phí cho nhân dân $'],
    ['ANY', 'Khám bệnh, cấp thuốc miễn phí cho người cao tuổi, gia đình chính sách $', [7]],
  ],
  PROPAGANDA: [
    ['POLICE', 'Tuyên truyền phòng chống tội phạm, tệ nạn ma túy cho nhân dân $'],
    ['POLICE', 'Tuyên truyền phòng chống lừa đảo trên không gian mạng cho nhân dân $'],
    ['ARMY', 'Tuyên truyền Luật Nghĩa vụ quân sự, vận động thanh niên $ lên đường nhập ngũ', [11, 12, 1]],
    ['ANY', 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở cho nhân dân $'],
    ['POLICE', 'Tuyên truyền an toàn giao thông, phòng cháy chữa cháy tại $'],
  ],
  OTHER: [
    ['ARMY', 'Giúp nhân dân $ thu hoạch lúa, chạy lũ', [5, 6, 10, 11]],
    ['POLICE', 'Làm căn cước lưu động cho người cao tuổi, người khuyết tật $'],
    ['ANY', 'Tham gia Ngày hội Đại đoàn kết toàn dân tộc tại $', [11]],
  ],
};

/** Kinds in proportion to how often local units report them. */
const FILLER_KINDS: ActivityKind[] = [
  'PROPAGANDA',
  'PROPAGANDA',
  'PROPAGANDA',
  'NEW_RURAL_CONSTRUCTION',
  'NEW_RURAL_CONSTRUCTION',
  'DISASTER_RELIEF',
  'DISASTER_RELIEF',
  'POVERTY_REDUCTION',
  'POVERTY_REDUCTION',
  'HOUSING',
  'HEALTHCARE',
  'EPIDEMIC_RESPONSE',
  'OTHER',
];

/** Plausible figures per kind: personnel, duration in days, households reached (ranges [min, max]). */
const FIGURES: Record<ActivityKind, { personnel: [number, number]; days: [number, number]; households: [number, number] }> = {
  DISASTER_RELIEF: { personnel: [20, 120], days: [3, 10], households: [50, 500] },
  EPIDEMIC_RESPONSE: { personnel: [10, 40], days: [2, 5], households: [100, 800] },
  NEW_RURAL_CONSTRUCTION: { personnel: [20, 80], days: [3, 15], households: [30, 300] },
  POVERTY_REDUCTION: { personnel: [5, 30], days: [1, 5], households: [10, 120] },
  HOUSING: { personnel: [10, 40], days: [5, 20], households: [1, 10] },
  HEALTHCARE: { personnel: [8, 25], days: [1, 3], households: [100, 600] },
  PROPAGANDA: { personnel: [5, 30], days: [1, 5], households: [100, 1500] },
  OTHER: { personnel: [5, 20], days: [1, 3], households: [20, 200] },
};

/** How the households were reached, for the generated descriptions. */
const REACHED: Record<ActivityKind, string> = {
  DISASTER_RELIEF: 'được giúp đỡ khắc phục thiệt hại',
  EPIDEMIC_RESPONSE: 'được hỗ trợ phòng chống dịch',
  NEW_RURAL_CONSTRUCTION: 'được hưởng lợi từ công trình',
  POVERTY_REDUCTION: 'được hỗ trợ',
  HOUSING: 'được xây mới, sửa chữa nhà ở',
  HEALTHCARE: 'được khám bệnh, cấp thuốc',
  PROPAGANDA: 'được tuyên truyền',
  OTHER: 'được giúp đỡ',
};

const between = (key: string, [min, max]: [number, number]) => min + pick(key, max - min + 1);

/** One everyday activity of a district's or commune's military command or police, all figures from `key`. */
function fillerActivity(key: string, unit: ReferenceUnit, year: number, units: Map<string, UnitRow>): ActivityRow {
  const kind = FILLER_KINDS[pick(`${key}/kind`, FILLER_KINDS.length)];
  const byPolice = pick(`${key}/branch`, 2) === 1;
  const titles = TITLES[kind].filter(([branch]) => branch === 'ANY' || branch === (byPolice ? 'POLICE' : 'ARMY'));
  const [, template, months] = titles[pick(`${key}/title`, titles.length)];
  const title = template.replace('$', inName(unit));
  const by = units.get(byPolice ? orgId.police(unit.code) : orgId.militaryCommand(unit.code))!;
  const figures = FIGURES[kind];
  const personnel = between(`${key}/personnel`, figures.personnel);
  const days = between(`${key}/days`, figures.days);
  const month = months ? months[pick(`${key}/month`, months.length)] : 1 + pick(`${key}/month`, 12);
  const startedOn = `${year}-${String(month).padStart(2, '0')}-${String(1 + pick(`${key}/day`, 28)).padStart(2, '0')}`;
  const householdsReached = between(`${key}/households`, figures.households);
  return {
    id: demoId(key),
    title,
    kind,
    conductedById: by.id,
    unitCode: unit.code,
    unitPath: unit.path,
    startedOn,
    endedOn: addDays(startedOn, days - 1),
    personnel,
    manDays: personnel * days,
    householdsReached,
    description: `${by.name} huy động ${personnel} cán bộ, chiến sĩ trong ${days} ngày (${personnel * days} ngày công); ${householdsReached} hộ dân ${REACHED[kind]}.`,
    caseId: null,
    coordinationProgramId: null,
    classification: 'PUBLIC',
  };
}

/** Every activity of the demo world: the stories, 2-4 a year per district in 2023-2024, and one in about a fifth of the communes. */
export function demoActivities(units: Map<string, UnitRow>): ActivityRow[] {
  const rows: ActivityRow[] = storyActivities().map((story) => ({
    id: story.id,
    title: story.title,
    kind: story.kind,
    conductedById: story.by,
    unitCode: story.at,
    unitPath: unitPath(story.at),
    startedOn: story.startedOn,
    endedOn: story.endedOn,
    personnel: story.personnel,
    manDays: story.manDays,
    householdsReached: story.householdsReached,
    description: story.description,
    caseId: story.caseId ?? null,
    coordinationProgramId: story.programId ?? null,
    classification: 'PUBLIC',
  }));
  for (const unit of demoUnits()) {
    if (unit.level === 'DISTRICT') {
      for (const year of [2023, 2024]) {
        const count = 2 + pick(`armed-forces/${unit.code}/${year}/count`, 3);
        for (let i = 0; i < count; i += 1) rows.push(fillerActivity(`armed-forces/activity/${unit.code}/${year}/${i}`, unit, year, units));
      }
    } else if (unit.level === 'COMMUNE' && pick(`armed-forces/${unit.code}/commune`, 5) === 0) {
      rows.push(
        fillerActivity(`armed-forces/activity/${unit.code}/commune`, unit, 2023 + pick(`armed-forces/${unit.code}/year`, 2), units),
      );
    }
  }
  return rows;
}

/** Inserts the armed forces' demo data; rows that exist already are left as they are, so it can run again. */
export async function seedDemo(db: DataSource): Promise<void> {
  const units = demoArmedUnits();
  const activities = demoActivities(new Map(units.map((u) => [u.id, u])));
  await db.transaction(async (manager) => {
    await insertInChunks(manager, ArmedUnitEntity, units);
    await insertInChunks(manager, MobilizationActivityEntity, activities);
  });
}
