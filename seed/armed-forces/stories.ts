import { NATION_CODE } from '../../lib';
import type { ActivityKind } from '../../subgraphs/armed-forces/generated/resolvers';
import { CENTRAL, demoId, orgId, STORIES } from '../demo';

/**
 * The armed forces' activities in the demo world's stories (the North-South
 * Expressway, the Phan Hòa water shortage, the central coordination program, and a
 * few more in each demo province), with the figures the cross-family scenarios show.
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

/** A story activity: who did it (`by`) and where (`at`, a unit code). */
export interface StoryActivity {
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
export function storyActivities(): StoryActivity[] {
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
