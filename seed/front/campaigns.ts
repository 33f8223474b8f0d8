import { CENTRAL, demoId, inName, orgId, STORIES, TWO_LEVEL_PROVINCES } from '../demo';
import { NATION_CODE, referenceUnit, TWO_LEVEL_FIRST_DAY, unitPath } from '../../lib';
import type { CampaignKind } from '../../subgraphs/front/entities/Campaign';
import { CampaignEntity } from '../../subgraphs/front/entities';
import { FRONT_STORIES } from './stories';

interface CampaignSeed {
  id: string;
  name: string;
  kind: CampaignKind;
  organizer: string;
  /** The unit's code; the version is the one in force on `startsOn`. */
  unit: string;
  programId?: string;
  startsOn: string;
  endsOn: string | null;
  description: string | null;
}

const C = FRONT_STORIES.campaigns;

/** The stories' campaigns: the nation's, and the three-level era's provinces' (their organizations' plain ids). */
const CAMPAIGNS: CampaignSeed[] = [
  {
    id: C.newRuralAreas,
    name: 'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh',
    kind: 'CAMPAIGN',
    organizer: CENTRAL.fatherlandFront,
    unit: NATION_CODE,
    startsOn: '2016-01-01',
    endsOn: null,
    description:
      'Cuộc vận động do Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam phát động, lồng ghép với Chương trình mục tiêu quốc gia xây dựng nông thôn mới: vận động Nhân dân hiến đất, góp công làm đường giao thông nông thôn, xây dựng khu dân cư văn minh.',
  },
  {
    id: C.vietnameseGoods,
    name: 'Người Việt Nam ưu tiên dùng hàng Việt Nam',
    kind: 'CAMPAIGN',
    organizer: CENTRAL.fatherlandFront,
    unit: NATION_CODE,
    startsOn: '2009-08-01',
    endsOn: null,
    description: 'Cuộc vận động khuyến khích người tiêu dùng ưu tiên sử dụng hàng hóa, dịch vụ sản xuất trong nước.',
  },
  {
    id: C.forThePoorBinhThuan2024,
    name: 'Ngày vì người nghèo năm 2024',
    kind: 'CAMPAIGN',
    organizer: orgId.front('VFF', '60'),
    unit: '60',
    startsOn: '2024-10-17',
    endsOn: '2024-11-18',
    description:
      'Tháng cao điểm vận động ủng hộ Quỹ "Vì người nghèo" các cấp: hỗ trợ xây dựng, sửa chữa nhà Đại đoàn kết, tặng quà hộ nghèo, hộ cận nghèo.',
  },
  {
    id: C.expresswaySiteHandover,
    name: 'Vận động hộ dân bàn giao mặt bằng thi công cao tốc Bắc – Nam phía Đông qua tỉnh Bình Thuận',
    kind: 'CAMPAIGN',
    organizer: orgId.front('VFF', '60'),
    unit: '60',
    programId: STORIES.programs.binhThuanExpressway,
    startsOn: '2022-01-10',
    endsOn: '2023-06-30',
    description:
      'Mặt trận các cấp phối hợp chính quyền, các đoàn thể đến từng hộ dân tuyên truyền, vận động nhận tiền bồi thường và bàn giao mặt bằng; tiếp nhận, chuyển kiến nghị của người dân đến cơ quan có thẩm quyền.',
  },
  {
    id: C.fiveNoThreeClean,
    name: 'Xây dựng gia đình 5 không 3 sạch',
    kind: 'EMULATION_MOVEMENT',
    organizer: orgId.front('WU', '60'),
    unit: '60',
    startsOn: '2023-01-15',
    endsOn: null,
    description:
      'Gia đình không đói nghèo, không vi phạm pháp luật và tệ nạn xã hội, không bạo lực gia đình, không sinh con thứ ba trở lên, không có trẻ suy dinh dưỡng và bỏ học; sạch nhà, sạch bếp, sạch ngõ.',
  },
  {
    id: C.youthVolunteers,
    name: 'Thanh niên tình nguyện',
    kind: 'EMULATION_MOVEMENT',
    organizer: orgId.front('YU', '60'),
    unit: '60',
    startsOn: '2023-03-26',
    endsOn: null,
    description:
      'Đoàn viên, thanh niên tham gia xây dựng nông thôn mới, bảo vệ môi trường, hiến máu tình nguyện và hỗ trợ người dân vùng khó khăn.',
  },
  {
    id: C.farmersHaiDuong,
    name: 'Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững',
    kind: 'EMULATION_MOVEMENT',
    organizer: orgId.front('FU', '30'),
    unit: '30',
    startsOn: '2023-02-01',
    endsOn: '2027-12-31',
    description: 'Phong trào của Hội Nông dân các cấp, gắn với xây dựng các tổ hợp tác, hợp tác xã và chuỗi giá trị nông sản.',
  },
  {
    id: C.greenSummerGiaLai,
    name: 'Chiến dịch Thanh niên tình nguyện hè năm 2024',
    kind: 'CAMPAIGN',
    organizer: orgId.front('YU', '64'),
    unit: '64',
    startsOn: '2024-06-01',
    endsOn: '2024-08-31',
    description:
      'Sửa chữa đường giao thông nông thôn, dạy học hè và khám bệnh, cấp thuốc miễn phí tại các xã vùng đồng bào dân tộc thiểu số.',
  },
];

/**
 * The campaigns of the provinces formed on 2025-07-01, organized by their own Front
 * organizations (`VFF-68-2025`), all over by the seed date: the month for the poor in
 * 2025 and 2026, and the youth's summer volunteer campaign of 2026.
 */
function twoLevelCampaigns(): CampaignSeed[] {
  return TWO_LEVEL_PROVINCES.flatMap((code): CampaignSeed[] => {
    const province = referenceUnit(code, TWO_LEVEL_FIRST_DAY)!;
    const id = (what: string) => demoId(`front/campaign/${code}-2025/${what}`);
    const forThePoor = (year: number): CampaignSeed => ({
      id: id(`for-the-poor-${year}`),
      name: `Ngày vì người nghèo năm ${year}`,
      kind: 'CAMPAIGN',
      organizer: orgId.front('VFF', province),
      unit: code,
      startsOn: `${year}-10-17`,
      endsOn: `${year}-11-18`,
      description: `Tháng cao điểm vận động ủng hộ Quỹ "Vì người nghèo" ${inName(province)}: hỗ trợ xây dựng, sửa chữa nhà Đại đoàn kết, tặng quà hộ nghèo, hộ cận nghèo.`,
    });
    return [
      forThePoor(2025),
      forThePoor(2026),
      {
        id: id('green-summer-2026'),
        name: 'Chiến dịch Thanh niên tình nguyện hè năm 2026',
        kind: 'CAMPAIGN',
        organizer: orgId.front('YU', province),
        unit: code,
        startsOn: '2026-06-01',
        endsOn: '2026-08-31',
        description:
          'Đoàn viên, thanh niên hỗ trợ người dân sử dụng dịch vụ công trực tuyến, sửa chữa đường giao thông nông thôn và dạy học hè tại các xã.',
      },
    ];
  });
}

/** The demo's campaigns and emulation movements, as rows, each placed in its unit's version on the day it starts. */
export function demoCampaigns(): CampaignEntity[] {
  return [...CAMPAIGNS, ...twoLevelCampaigns()].map((seed) => ({
    id: seed.id,
    name: seed.name,
    kind: seed.kind,
    organizerId: seed.organizer,
    unitCode: seed.unit,
    unitPath: unitPath(seed.unit, seed.startsOn),
    coordinationProgramId: seed.programId ?? null,
    startsOn: seed.startsOn,
    endsOn: seed.endsOn,
    description: seed.description,
  }));
}
