import {
  addDays,
  BINH_THUAN_DONRE,
  CENTRAL,
  DEMO_PROVINCES,
  demoId,
  demoUnits,
  inName,
  orgId,
  parentOf,
  pick,
  STORIES,
  TWO_LEVEL_PROVINCES,
} from '../demo';
import {
  LAST_THREE_LEVEL_DAY,
  referenceUnit,
  TWO_LEVEL_FIRST_DAY,
  unitPath,
  unitTree,
  type OrganizationTypeName,
  type ReferenceUnit,
} from '../../lib';
import type { RecommendationStatus } from '../../subgraphs/front/entities/Recommendation';
import type { Classification, SupervisionForm } from '../../subgraphs/front/entities/Supervision';
import { RecommendationEntity, SupervisionEntity } from '../../subgraphs/front/entities';
import { FRONT_STORIES } from './stories';

type OrganizationRef = [OrganizationTypeName, string];

interface RecommendationSeed {
  content: string;
  /** Defaults to the supervision's target. */
  to?: OrganizationRef;
  status: RecommendationStatus;
  response?: string;
  on: string;
}

interface SupervisionSeed {
  id: string;
  title: string;
  form: SupervisionForm;
  conductedBy: string;
  target: OrganizationRef;
  /** The unit's code; the version is the one in force on `startedOn`. */
  unit: string;
  caseId?: string;
  programId?: string;
  startedOn: string;
  endedOn: string | null;
  findings: string | null;
  classification?: Classification;
  recommendations: RecommendationSeed[];
}

const stateAgency = (id: string): OrganizationRef => ['StateAgency', id];
/** A unit's People's Committee: give the version for a unit of the two-level era (`PCOM-68-2025`). */
const PCOM = (unit: string | ReferenceUnit) => stateAgency(orgId.peoplesCommittee(unit));
const S = FRONT_STORIES.supervisions;

/** The supervisions the demo's stories are told with (design section 5, scenario 4). */
const STORY_SUPERVISIONS: SupervisionSeed[] = [
  {
    id: S.expresswayHamThuanNam,
    title:
      'Giám sát việc thực hiện bồi thường, hỗ trợ, tái định cư Dự án đường bộ cao tốc Bắc – Nam phía Đông đoạn qua huyện Hàm Thuận Nam',
    form: 'SUPERVISION',
    conductedBy: orgId.front('VFF', '60'),
    target: PCOM('598'),
    unit: '598',
    caseId: STORIES.cases.expresswayHamThuanNam,
    programId: STORIES.programs.binhThuanExpressway,
    startedOn: '2023-04-10',
    endedOn: '2023-05-30',
    findings:
      'Huyện đã chi trả tiền bồi thường, hỗ trợ cho phần lớn hộ dân bị ảnh hưởng và bàn giao mặt bằng cho nhà thầu đúng tiến độ. ' +
      'Còn 37 hộ chưa đồng thuận với đơn giá bồi thường đất nông nghiệp và vị trí tái định cư; khu tái định cư chưa hoàn thiện ' +
      'hạ tầng điện, nước sinh hoạt; một số đường gom, kênh mương thủy lợi bị ảnh hưởng khi thi công chưa được hoàn trả.',
    recommendations: [
      {
        content:
          'Rà soát, áp dụng đơn giá bồi thường đất nông nghiệp thống nhất với các huyện lân cận trên cùng tuyến; niêm yết công khai phương án bồi thường đến từng hộ.',
        status: 'IN_PROGRESS',
        response:
          'Ủy ban nhân dân huyện đã đề nghị Ủy ban nhân dân tỉnh điều chỉnh hệ số giá đất; đang niêm yết công khai phương án tại các xã có dự án đi qua.',
        on: '2023-07-14',
      },
      {
        content: 'Hoàn thiện hạ tầng khu tái định cư (điện, nước sinh hoạt, đường nội bộ) trước khi bố trí cho các hộ dân chuyển đến.',
        status: 'IMPLEMENTED',
        response: 'Đã hoàn thành đấu nối điện, nước sinh hoạt cho khu tái định cư và bàn giao đất ở cho các hộ từ tháng 10/2023.',
        on: '2023-10-20',
      },
      {
        content:
          'Chỉ đạo chủ đầu tư sớm hoàn trả đường gom dân sinh, hệ thống thoát nước và kênh mương thủy lợi bị ảnh hưởng trong quá trình thi công.',
        to: stateAgency(CENTRAL.ministryOfTransport),
        status: 'PENDING',
        on: '2023-06-05',
      },
    ],
  },
  {
    id: S.resettlementHamThuanNam,
    title: 'Giám sát việc bảo đảm đời sống của các hộ dân tại khu tái định cư Dự án cao tốc Bắc – Nam trên địa bàn huyện Hàm Thuận Nam',
    form: 'SUPERVISION',
    conductedBy: orgId.front('WU', '598'),
    target: PCOM('598'),
    unit: '598',
    caseId: STORIES.cases.expresswayHamThuanNam,
    programId: STORIES.programs.binhThuanExpressway,
    startedOn: '2023-09-12',
    endedOn: '2023-09-29',
    findings:
      'Các hộ tái định cư cơ bản ổn định chỗ ở; nhiều phụ nữ mất đất sản xuất chưa có việc làm mới, trẻ em phải đi học xa do khu tái định cư chưa có điểm trường mầm non.',
    recommendations: [
      {
        content: 'Mở lớp dạy nghề, giới thiệu việc làm cho phụ nữ thuộc các hộ bị thu hồi đất sản xuất.',
        status: 'IN_PROGRESS',
        response: 'Đã mở 2 lớp may công nghiệp và chế biến hải sản; đang phối hợp doanh nghiệp tuyển dụng.',
        on: '2023-12-15',
      },
      {
        content: 'Bố trí điểm trường mầm non gần khu tái định cư trong năm học 2024–2025.',
        status: 'ACCEPTED',
        response: 'Ủy ban nhân dân huyện tiếp thu, đưa vào kế hoạch đầu tư công năm 2024.',
        on: '2023-11-02',
      },
    ],
  },
  {
    id: S.expresswayBacBinh,
    title: 'Giám sát việc bồi thường, giải phóng mặt bằng Dự án cao tốc Vĩnh Hảo – Phan Thiết đoạn qua huyện Bắc Bình',
    form: 'SUPERVISION',
    conductedBy: orgId.front('VFF', '596'),
    target: PCOM('596'),
    unit: '596',
    caseId: STORIES.cases.expresswayBacBinh,
    programId: STORIES.programs.binhThuanExpressway,
    startedOn: '2023-02-13',
    endedOn: '2023-03-10',
    findings:
      'Công tác bồi thường được thực hiện công khai, đúng quy định; các hộ dân đã nhận tiền và bàn giao mặt bằng. Một số hộ kiến nghị được hỗ trợ chuyển đổi nghề.',
    recommendations: [
      {
        content: 'Hỗ trợ đào tạo chuyển đổi nghề cho lao động thuộc các hộ bị thu hồi trên 30% diện tích đất nông nghiệp.',
        status: 'IMPLEMENTED',
        response: 'Đã tổ chức 3 lớp đào tạo nghề cho 95 lao động.',
        on: '2023-08-21',
      },
    ],
  },
  {
    id: S.waterPlanCriticism,
    title:
      'Phản biện xã hội dự thảo Kế hoạch cấp nước sinh hoạt cho Nhân dân xã Phan Hòa và các xã thiếu nước huyện Bắc Bình giai đoạn 2024–2025',
    form: 'SOCIAL_CRITICISM',
    conductedBy: orgId.front('VFF', '60'),
    target: PCOM('60'),
    unit: '60',
    caseId: STORIES.cases.waterPhanHoa,
    startedOn: '2024-06-04',
    endedOn: '2024-06-21',
    findings:
      'Dự thảo xác định đúng nguyên nhân thiếu nước; chưa có giải pháp cấp nước tạm cho mùa khô và chưa lấy ý kiến Nhân dân về vị trí các điểm cấp nước tập trung.',
    recommendations: [
      {
        content: 'Ưu tiên đầu tư tuyến ống dẫn nước từ hồ Cà Giây về xã Phan Hòa trong năm 2024.',
        status: 'ACCEPTED',
        response: 'Ủy ban nhân dân tỉnh tiếp thu, bổ sung vào kế hoạch chính thức.',
        on: '2024-07-05',
      },
      {
        content: 'Bổ sung phương án cấp nước tạm bằng xe bồn cho các thôn thiếu nước trong mùa khô.',
        status: 'ACCEPTED',
        response: 'Ủy ban nhân dân tỉnh tiếp thu, giao Ủy ban nhân dân huyện Bắc Bình thực hiện.',
        on: '2024-07-05',
      },
      {
        content: 'Tổ chức lấy ý kiến Nhân dân về vị trí các điểm cấp nước tập trung trước khi phê duyệt.',
        status: 'ACCEPTED',
        response: 'Ủy ban nhân dân tỉnh tiếp thu.',
        on: '2024-07-05',
      },
    ],
  },
  {
    id: S.waterPhanHoa,
    title: 'Giám sát việc bảo đảm nước sinh hoạt cho Nhân dân xã Phan Hòa trong mùa khô năm 2024',
    form: 'SUPERVISION',
    conductedBy: orgId.front('FU', '596'),
    target: PCOM('596'),
    unit: '23035',
    caseId: STORIES.cases.waterPhanHoa,
    startedOn: '2024-07-08',
    endedOn: '2024-07-26',
    findings:
      'Khoảng 1.200 hộ ở các thôn của xã Phan Hòa thiếu nước sinh hoạt trong mùa khô, phải mua nước với giá cao; việc cấp nước bằng xe bồn chưa thường xuyên.',
    recommendations: [
      {
        content: 'Bố trí xe bồn cấp nước miễn phí theo lịch cố định cho các thôn thiếu nước đến khi tuyến ống hoàn thành.',
        status: 'IN_PROGRESS',
        response: 'Đã bố trí 2 xe bồn cấp nước 3 ngày một lần cho các thôn thiếu nước.',
        on: '2024-08-12',
      },
      {
        content: 'Lập danh sách hộ thiếu nước, ưu tiên hộ nghèo, hộ có người cao tuổi và trẻ nhỏ.',
        to: PCOM('23035'),
        status: 'IMPLEMENTED',
        response: 'Ủy ban nhân dân xã đã lập và công khai danh sách tại các thôn.',
        on: '2024-08-02',
      },
    ],
  },
  {
    id: S.petitionsBacBinh,
    title: 'Giám sát việc tiếp nhận, giải quyết và trả lời kiến nghị của Nhân dân của Ban Thường vụ Huyện ủy Bắc Bình',
    form: 'SUPERVISION',
    conductedBy: orgId.front('VFF', '60'),
    target: ['PartyCommittee', orgId.partyCommittee('596')],
    unit: '596',
    startedOn: '2024-10-14',
    endedOn: '2024-11-08',
    findings:
      'Huyện ủy duy trì tiếp công dân định kỳ của Bí thư; phần lớn kiến nghị được chuyển đúng cơ quan giải quyết. Việc trả lời kiến nghị về nước sinh hoạt và đất đai có nơi còn chậm, chưa thông tin lại cho người dân.',
    recommendations: [
      {
        content: 'Chỉ đạo giải quyết dứt điểm kiến nghị về nước sinh hoạt của Nhân dân xã Phan Hòa và thông tin kết quả cho người dân.',
        status: 'ACCEPTED',
        response: 'Ban Thường vụ Huyện ủy tiếp thu, giao Ủy ban nhân dân huyện báo cáo kết quả hằng quý.',
        on: '2024-11-25',
      },
      {
        content: 'Công khai kết quả giải quyết kiến nghị của Nhân dân tại hội nghị đối thoại định kỳ.',
        status: 'PENDING',
        on: '2024-11-15',
      },
    ],
  },
  {
    id: S.droughtPlanCriticism,
    title:
      'Phản biện xã hội dự thảo Kế hoạch vận động nông dân chuyển đổi cơ cấu cây trồng thích ứng với hạn hán giai đoạn 2025–2030 của Ban Dân vận Tỉnh ủy Bình Thuận',
    form: 'SOCIAL_CRITICISM',
    conductedBy: orgId.front('FU', '60'),
    target: ['MassMobilizationCommission', orgId.commission('60')],
    unit: '60',
    startedOn: '2025-03-10',
    endedOn: '2025-03-28',
    findings:
      'Dự thảo phù hợp với thực tế sản xuất; cần làm rõ cơ chế hỗ trợ giống, tín dụng và liên kết tiêu thụ để nông dân yên tâm chuyển đổi.',
    recommendations: [
      {
        content: 'Bổ sung cơ chế hỗ trợ giống và vốn vay ưu đãi cho hộ nông dân chuyển đổi sang cây trồng chịu hạn.',
        status: 'ACCEPTED',
        response: 'Ban Dân vận Tỉnh ủy tiếp thu, bổ sung vào kế hoạch.',
        on: '2025-04-10',
      },
      {
        content: 'Giao Hội Nông dân các cấp xây dựng mô hình điểm liên kết sản xuất, tiêu thụ thanh long và cây trồng cạn.',
        status: 'PENDING',
        on: '2025-04-02',
      },
    ],
  },
  {
    id: S.pollutionTuyPhong,
    title: 'Giám sát việc kiểm soát ô nhiễm môi trường từ hoạt động khai thác, chế biến titan trên địa bàn huyện Tuy Phong',
    form: 'SUPERVISION',
    conductedBy: orgId.front('VFF', '60'),
    target: stateAgency(BINH_THUAN_DONRE),
    unit: '595',
    caseId: STORIES.cases.pollutionTuyPhong,
    startedOn: '2024-04-15',
    endedOn: '2024-05-10',
    findings:
      'Một số doanh nghiệp chưa hoàn thành hồ chứa nước thải và dải cây xanh cách ly; Nhân dân phản ánh cát bay, nước giếng bị ảnh hưởng vào mùa gió.',
    recommendations: [
      {
        content: 'Quan trắc định kỳ chất lượng nước ngầm tại các thôn giáp ranh khu khai thác và công khai kết quả.',
        status: 'IN_PROGRESS',
        response: 'Sở đã bổ sung 6 điểm quan trắc; kết quả được gửi Ủy ban nhân dân huyện hằng quý.',
        on: '2024-06-20',
      },
      {
        content: 'Tạm dừng hoạt động đối với doanh nghiệp chưa hoàn thành công trình bảo vệ môi trường.',
        status: 'ACCEPTED',
        response: 'Sở tiếp thu, phối hợp thanh tra và đề xuất xử lý theo quy định.',
        on: '2024-06-03',
      },
      {
        content: 'Tổ chức đối thoại giữa doanh nghiệp, chính quyền và Nhân dân các thôn bị ảnh hưởng.',
        to: PCOM('595'),
        status: 'IMPLEMENTED',
        response: 'Đã tổ chức đối thoại tại xã Chí Công.',
        on: '2024-07-09',
      },
    ],
  },
  {
    id: S.leDuanRoad,
    title: 'Giám sát việc giải quyết vướng mắc, tồn đọng của các hộ dân thuộc Dự án đường Lê Duẩn, thành phố Phan Thiết',
    form: 'SUPERVISION',
    conductedBy: orgId.front('VFF', '593'),
    target: PCOM('593'),
    unit: '593',
    caseId: STORIES.cases.leDuanRoad,
    startedOn: '2024-08-05',
    endedOn: '2024-08-30',
    findings:
      'Còn 42 hộ chưa thống nhất phương án bồi thường do chênh lệch giá đất giữa các thời điểm thu hồi; hồ sơ pháp lý của một số thửa đất chưa rõ.',
    recommendations: [
      {
        content: 'Rà soát, xác định lại nguồn gốc đất và áp dụng chính sách bồi thường thống nhất cho các hộ còn vướng mắc.',
        status: 'IN_PROGRESS',
        response: 'Thành phố đã thành lập tổ công tác rà soát từng hồ sơ.',
        on: '2024-10-01',
      },
      {
        content: 'Báo cáo Ủy ban nhân dân tỉnh xin cơ chế đặc thù cho các trường hợp tồn đọng kéo dài.',
        status: 'PENDING',
        on: '2024-09-10',
      },
    ],
  },
  {
    id: S.restrictedChuProng,
    title: 'Giám sát việc giải quyết kiến nghị liên quan đến công tác dân tộc, tôn giáo trên địa bàn huyện Chư Prông',
    form: 'SUPERVISION',
    conductedBy: orgId.front('VFF', '64'),
    target: PCOM('632'),
    unit: '632',
    caseId: STORIES.cases.restrictedChuProng,
    startedOn: '2024-03-18',
    endedOn: '2024-04-05',
    findings: 'Các kiến nghị được tiếp nhận và chuyển cơ quan có thẩm quyền; cần tăng cường đối thoại với người có uy tín trong cộng đồng.',
    classification: 'RESTRICTED',
    recommendations: [
      {
        content: 'Duy trì đối thoại định kỳ với người có uy tín trong đồng bào dân tộc thiểu số tại các xã biên giới.',
        status: 'IN_PROGRESS',
        response: 'Huyện đã ban hành kế hoạch đối thoại hằng quý.',
        on: '2024-05-06',
      },
    ],
  },
  {
    id: S.landCamGiang,
    title:
      'Giám sát việc thu hồi đất, bồi thường, hỗ trợ và giải quyết việc làm cho người dân bị thu hồi đất nông nghiệp để mở rộng khu công nghiệp trên địa bàn huyện Cẩm Giàng',
    form: 'SUPERVISION',
    conductedBy: orgId.front('VFF', '30'),
    target: PCOM('295'),
    unit: '295',
    caseId: STORIES.cases.landCamGiang,
    startedOn: '2024-09-09',
    endedOn: '2024-09-27',
    findings:
      'Việc thu hồi đất được thực hiện đúng trình tự; người dân kiến nghị về mức hỗ trợ chuyển đổi nghề và ưu tiên tuyển dụng lao động địa phương vào các doanh nghiệp trong khu công nghiệp.',
    recommendations: [
      {
        content: 'Đề nghị các doanh nghiệp trong khu công nghiệp ưu tiên tuyển dụng lao động thuộc các hộ bị thu hồi đất.',
        status: 'IN_PROGRESS',
        response: 'Huyện đã tổ chức 2 phiên giao dịch việc làm tại các xã có đất bị thu hồi.',
        on: '2024-11-18',
      },
      {
        content: 'Xem xét nâng mức hỗ trợ đào tạo, chuyển đổi nghề phù hợp với mặt bằng giá hiện nay.',
        status: 'PENDING',
        on: '2024-10-07',
      },
    ],
  },
];

export interface Topic {
  title: string;
  findings: string;
  recommendations: string[];
}

/** What each kind of organization typically supervises at district level. */
export const DISTRICT_TOPICS: Record<'VFF' | 'TU' | 'FU' | 'WU' | 'YU' | 'VA', Topic[]> = {
  VFF: [
    {
      title: 'Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo',
      findings:
        'Phần lớn hộ nghèo được hỗ trợ đã hoàn thành nhà ở đúng tiến độ; một số hộ chậm khởi công do chưa có đất ở hợp pháp, việc thanh quyết toán kinh phí hỗ trợ còn chậm.',
      recommendations: [
        'Tháo gỡ thủ tục đất ở cho các hộ nghèo chưa đủ điều kiện khởi công xây nhà.',
        'Đẩy nhanh thanh quyết toán kinh phí hỗ trợ cho các hộ đã hoàn thành nhà ở.',
      ],
    },
    {
      title: 'Giám sát việc thực hiện dân chủ ở cơ sở',
      findings:
        'Các xã, thị trấn niêm yết công khai các khoản thu, chi và kế hoạch sử dụng đất theo quy định; việc lấy ý kiến Nhân dân ở một số thôn, khu phố còn hình thức.',
      recommendations: [
        'Chỉ đạo các xã lấy ý kiến Nhân dân thực chất trước khi quyết định các công trình có sự đóng góp của Nhân dân.',
        'Công khai kết quả giải quyết kiến nghị của cử tri tại trụ sở Ủy ban nhân dân cấp xã.',
      ],
    },
    {
      title: 'Giám sát việc giải quyết khiếu nại, tố cáo và kiến nghị của công dân',
      findings:
        'Tỷ lệ đơn thư được giải quyết trong thời hạn đạt khá; còn một số vụ việc tranh chấp đất đai kéo dài, việc trả lời kiến nghị của cử tri có nơi chưa đầy đủ.',
      recommendations: [
        'Tập trung giải quyết dứt điểm các vụ việc tranh chấp đất đai tồn đọng, kéo dài.',
        'Người đứng đầu trực tiếp đối thoại với công dân trong các vụ việc phức tạp.',
        'Trả lời bằng văn bản các kiến nghị của cử tri đúng thời hạn.',
      ],
    },
  ],
  TU: [
    {
      title: 'Giám sát việc thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế cho người lao động tại các doanh nghiệp',
      findings:
        'Một số doanh nghiệp chậm đóng, nợ bảo hiểm xã hội của người lao động; người lao động chưa được thông tin đầy đủ về quá trình đóng bảo hiểm.',
      recommendations: [
        'Chỉ đạo cơ quan chức năng thanh tra, xử lý các doanh nghiệp nợ đóng bảo hiểm xã hội kéo dài.',
        'Công khai danh sách doanh nghiệp nợ bảo hiểm xã hội trên phương tiện thông tin đại chúng.',
      ],
    },
  ],
  FU: [
    {
      title: 'Giám sát việc thực hiện chính sách hỗ trợ sản xuất nông nghiệp khắc phục thiệt hại do thiên tai, dịch bệnh',
      findings:
        'Chính sách hỗ trợ giống cây trồng, vật nuôi cho nông dân bị thiệt hại được triển khai đúng đối tượng; thời gian từ khi lập hồ sơ đến khi nhận hỗ trợ còn kéo dài.',
      recommendations: [
        'Rút ngắn thời gian thẩm định hồ sơ hỗ trợ cho hộ nông dân bị thiệt hại.',
        'Công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn.',
      ],
    },
    {
      title: 'Giám sát công tác quản lý phân bón, thuốc bảo vệ thực vật',
      findings: 'Một số cơ sở kinh doanh phân bón không niêm yết giá, không có hóa đơn chứng từ chứng minh nguồn gốc hàng hóa.',
      recommendations: ['Tăng cường kiểm tra, xử lý các cơ sở kinh doanh phân bón, thuốc bảo vệ thực vật không rõ nguồn gốc.'],
    },
  ],
  WU: [
    {
      title: 'Giám sát việc thực hiện Luật Phòng, chống bạo lực gia đình',
      findings: 'Các mô hình phòng, chống bạo lực gia đình ở thôn, khu phố hoạt động đều; công tác hòa giải ở cơ sở có nơi chưa kịp thời.',
      recommendations: [
        'Bố trí kinh phí duy trì hoạt động các tổ hòa giải và địa chỉ tin cậy ở cộng đồng.',
        'Tập huấn kỹ năng hòa giải cho các tổ hòa giải ở cơ sở.',
      ],
    },
  ],
  YU: [
    {
      title: 'Giám sát việc thực hiện chính sách hỗ trợ thanh niên lập nghiệp, khởi nghiệp',
      findings:
        'Nguồn vốn vay ưu đãi cho thanh niên được giải ngân đúng đối tượng; nhiều thanh niên ở vùng sâu, vùng xa chưa tiếp cận được thông tin về chính sách.',
      recommendations: [
        'Phối hợp với Đoàn Thanh niên tuyên truyền chính sách vay vốn hỗ trợ thanh niên lập nghiệp.',
        'Ưu tiên mặt bằng sản xuất cho các tổ hợp tác, hợp tác xã do thanh niên làm chủ.',
      ],
    },
  ],
  VA: [
    {
      title: 'Giám sát việc thực hiện chính sách đối với người có công với cách mạng',
      findings:
        'Chế độ đối với người có công được chi trả đầy đủ, kịp thời; một số hồ sơ đề nghị công nhận còn tồn đọng do thiếu giấy tờ gốc.',
      recommendations: ['Rà soát, hướng dẫn hoàn thiện các hồ sơ đề nghị công nhận người có công còn tồn đọng.'],
    },
  ],
};

const PREFIXES = ['VFF', 'VFF', 'TU', 'FU', 'WU', 'YU', 'VA'] as const;

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** How addressees answered, by year: older recommendations have moved further. */
function statusFor(key: string, year: number): RecommendationStatus {
  const byYear: Record<number, RecommendationStatus[]> = {
    2023: ['IMPLEMENTED', 'IMPLEMENTED', 'IN_PROGRESS', 'REJECTED'],
    2024: ['IMPLEMENTED', 'IN_PROGRESS', 'IN_PROGRESS', 'ACCEPTED'],
    2025: ['ACCEPTED', 'PENDING', 'PENDING', 'IN_PROGRESS'],
    2026: ['ACCEPTED', 'PENDING', 'IN_PROGRESS', 'PENDING'],
  };
  const options = byYear[year];
  return options[pick(key, options.length)];
}

export const RESPONSES: Partial<Record<RecommendationStatus, string>> = {
  ACCEPTED: 'Ủy ban nhân dân tiếp thu, giao các phòng chuyên môn xây dựng kế hoạch thực hiện.',
  IN_PROGRESS: 'Đang triển khai; kết quả sẽ được báo cáo tại kỳ giao ban Khối dân vận.',
  IMPLEMENTED: 'Đã thực hiện xong và thông báo kết quả đến Nhân dân.',
  REJECTED: 'Chưa thể thực hiện do vượt thẩm quyền cấp huyện; đã báo cáo cấp trên xem xét.',
};

/**
 * One supervision of each district's People's Committee, in a year between 2023 and
 * 2025. A district ended on 2025-06-30: a supervision that would start in July 2025
 * starts 30 days earlier, in June.
 */
function districtSupervisions(): SupervisionSeed[] {
  return DEMO_PROVINCES.flatMap((province) =>
    unitTree(province, LAST_THREE_LEVEL_DAY)
      .filter((unit) => unit.level === 'DISTRICT')
      .map((district): SupervisionSeed => {
        const key = `front/supervision/district/${district.code}`;
        const prefix = PREFIXES[pick(`${key}/conductor`, PREFIXES.length)];
        const topics = DISTRICT_TOPICS[prefix];
        const topic = topics[pick(`${key}/topic`, topics.length)];
        const year = 2023 + pick(`${key}/year`, 3);
        const planned = isoDate(year, 2 + pick(`${key}/month`, 6), 1 + pick(`${key}/day`, 20));
        const startedOn = planned > LAST_THREE_LEVEL_DAY ? addDays(planned, -30) : planned;
        const endedOn = addDays(startedOn, 12 + pick(`${key}/length`, 25));
        return {
          id: demoId(key),
          title: `${topic.title} trên địa bàn ${inName(district)}`,
          form: 'SUPERVISION',
          conductedBy: orgId.front(prefix, district.code),
          target: PCOM(district.code),
          unit: district.code,
          startedOn,
          endedOn,
          findings: topic.findings,
          recommendations: topic.recommendations.map((content, i) => {
            const status = statusFor(`${key}/recommendation/${i}`, year);
            return {
              content,
              status,
              response: RESPONSES[status],
              on: status === 'PENDING' ? addDays(endedOn, 7) : addDays(endedOn, 20 + pick(`${key}/answered/${i}`, 40)),
            };
          }),
        };
      }),
  );
}

/** Each province's Front committee: a supervision and a social criticism a year, the 2025 supervision of Gia Lai still under way. */
function provincialSupervisions(): SupervisionSeed[] {
  return DEMO_PROVINCES.flatMap((province) => {
    const unit = referenceUnit(province, LAST_THREE_LEVEL_DAY)!;
    const vff = orgId.front('VFF', unit);
    const key = (what: string) => `front/supervision/province/${province}/${what}`;
    const answered = (what: string, status: RecommendationStatus, on: string): RecommendationSeed => ({
      content: what,
      status,
      response: RESPONSES[status],
      on,
    });
    const seeds: SupervisionSeed[] = [
      {
        id: demoId(key('2023-health-insurance')),
        title: `Giám sát việc thực hiện chính sách bảo hiểm y tế cho người thuộc hộ cận nghèo trên địa bàn ${inName(unit)}`,
        form: 'SUPERVISION',
        conductedBy: vff,
        target: PCOM(province),
        unit: province,
        startedOn: '2023-05-15',
        endedOn: '2023-06-16',
        findings:
          'Tỷ lệ người thuộc hộ cận nghèo tham gia bảo hiểm y tế tăng; việc cấp thẻ ở một số huyện còn chậm, thông tin chính sách chưa đến được người dân.',
        recommendations: [
          answered('Chỉ đạo cấp thẻ bảo hiểm y tế kịp thời cho người thuộc hộ cận nghèo mới được công nhận.', 'IMPLEMENTED', '2023-08-10'),
          answered(
            'Bố trí ngân sách địa phương hỗ trợ thêm phần đóng bảo hiểm y tế cho hộ cận nghèo.',
            statusFor(key('2023/2'), 2023),
            '2023-09-05',
          ),
        ],
      },
      {
        id: demoId(key('2024-land-prices')),
        title: `Phản biện xã hội dự thảo Nghị quyết của Hội đồng nhân dân ${inName(unit)} về bảng giá đất`,
        form: 'SOCIAL_CRITICISM',
        conductedBy: vff,
        target: stateAgency(orgId.peoplesCouncil(unit)),
        unit: province,
        startedOn: '2024-11-04',
        endedOn: '2024-11-22',
        findings:
          'Dự thảo cơ bản phù hợp; giá đất nông nghiệp ở một số khu vực chưa sát giá thị trường, ảnh hưởng đến bồi thường khi thu hồi đất.',
        recommendations: [
          answered(
            'Điều chỉnh giá đất nông nghiệp tại các khu vực có dự án trọng điểm cho sát giá chuyển nhượng thực tế.',
            'ACCEPTED',
            '2024-12-12',
          ),
        ],
      },
    ];
    const ongoing = province === '64';
    seeds.push({
      id: demoId(key('2025-poverty')),
      title: `Giám sát việc thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021–2025 trên địa bàn ${inName(unit)}`,
      form: 'SUPERVISION',
      conductedBy: vff,
      target: PCOM(province),
      unit: province,
      startedOn: '2025-06-09',
      // Ended before the reorganization, so that it addressed the People's Committee in force then.
      endedOn: ongoing ? null : '2025-06-27',
      findings: ongoing
        ? null
        : 'Tỷ lệ hộ nghèo giảm theo kế hoạch; một số dự án hỗ trợ phát triển sản xuất chưa hiệu quả, nguy cơ tái nghèo ở vùng thường xuyên thiên tai còn cao.',
      recommendations: ongoing
        ? []
        : [
            answered(
              'Rà soát, điều chỉnh các dự án hỗ trợ phát triển sản xuất kém hiệu quả trước khi tiếp tục giải ngân.',
              'PENDING',
              '2025-06-30',
            ),
          ],
    });
    return seeds;
  });
}

/** What a province's Front supervises in its communes in the two-level era. */
export const TWO_LEVEL_COMMUNE_TOPICS: Topic[] = [
  {
    title: 'Giám sát việc tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công',
    findings:
      'Trung tâm tiếp nhận, giải quyết phần lớn hồ sơ đúng hạn; một số thủ tục đất đai còn chậm do hồ sơ của cấp huyện trước đây chưa được bàn giao, số hóa đầy đủ, người dân ở các thôn xa trụ sở phải đi lại nhiều.',
    recommendations: [
      'Hoàn thành tiếp nhận, số hóa hồ sơ đất đai được bàn giao để giải quyết thủ tục đúng hạn.',
      'Bố trí điểm tiếp nhận hồ sơ lưu động tại các thôn xa trụ sở xã.',
    ],
  },
  {
    title: 'Giám sát việc thực hiện Chương trình xóa nhà tạm, nhà dột nát',
    findings:
      'Các hộ thuộc diện hỗ trợ đã được khởi công, phần lớn hoàn thành đúng tiến độ; một số hộ chậm do chưa có đất ở hợp pháp hoặc khó khăn về phần kinh phí đối ứng.',
    recommendations: [
      'Tháo gỡ thủ tục đất ở cho các hộ chưa đủ điều kiện xây dựng nhà.',
      'Vận động các đoàn thể, doanh nghiệp hỗ trợ ngày công, vật liệu cho các hộ khó khăn về kinh phí đối ứng.',
    ],
  },
  {
    title: 'Giám sát việc giải quyết kiến nghị của Nhân dân sau sắp xếp đơn vị hành chính',
    findings:
      'Kiến nghị về điều chỉnh địa chỉ trên giấy tờ cá nhân được hướng dẫn kịp thời; kiến nghị về sử dụng trụ sở, nhà văn hóa dôi dư sau sắp xếp chưa được trả lời.',
    recommendations: [
      'Trả lời bằng văn bản các kiến nghị về sử dụng trụ sở, cơ sở vật chất dôi dư sau sắp xếp.',
      'Công khai phương án sử dụng trụ sở dôi dư và lấy ý kiến Nhân dân trước khi quyết định.',
    ],
  },
];

/** How many communes of each province the province's Front supervises in the two-level era. */
const TWO_LEVEL_COMMUNE_SUPERVISIONS = 3;

/**
 * The supervisions of the two-level era (from 2025-07-01), each conducted by the
 * Fatherland Front committee of a province formed then and aimed at the People's
 * Committee or Council of that era (`PCOM-68-2025`): at the province, a supervision in
 * 2025, a social criticism of the 2026 land price table and a 2026 supervision still
 * under way on the seed date; and a supervision in a few of its communes, in 2025 or 2026.
 */
function twoLevelSupervisions(): SupervisionSeed[] {
  return TWO_LEVEL_PROVINCES.flatMap((code) => {
    const province = referenceUnit(code, TWO_LEVEL_FIRST_DAY)!;
    const vff = orgId.front('VFF', province);
    const key = (what: string) => `front/supervision/province/${code}-2025/${what}`;
    const answered = (what: string, status: RecommendationStatus, on: string): RecommendationSeed => ({
      content: what,
      status,
      response: RESPONSES[status],
      on,
    });
    const seeds: SupervisionSeed[] = [
      {
        id: demoId(key('2025-local-government')),
        title: `Giám sát việc tổ chức, vận hành chính quyền địa phương hai cấp và giải quyết thủ tục hành chính cho Nhân dân trên địa bàn ${inName(province)}`,
        form: 'SUPERVISION',
        conductedBy: vff,
        target: PCOM(province),
        unit: code,
        startedOn: '2025-09-15',
        endedOn: '2025-10-17',
        findings:
          'Chính quyền các xã, phường sau sắp xếp vận hành thông suốt, phần lớn thủ tục hành chính được giải quyết đúng hạn; một số xã thiếu cán bộ chuyên môn về đất đai, xây dựng, hạ tầng công nghệ thông tin chưa đồng bộ.',
        recommendations: [
          answered('Bố trí, tăng cường cán bộ chuyên môn về đất đai, xây dựng cho các xã còn thiếu.', 'IN_PROGRESS', '2025-12-05'),
          answered(
            'Đầu tư đồng bộ hạ tầng công nghệ thông tin cho Trung tâm phục vụ hành chính công các xã, phường.',
            statusFor(key('2025/2'), 2025),
            '2025-11-20',
          ),
        ],
      },
      {
        id: demoId(key('2025-land-prices')),
        title: `Phản biện xã hội dự thảo Nghị quyết của Hội đồng nhân dân ${inName(province)} về bảng giá đất áp dụng từ ngày 01/01/2026`,
        form: 'SOCIAL_CRITICISM',
        conductedBy: vff,
        target: stateAgency(orgId.peoplesCouncil(province)),
        unit: code,
        startedOn: '2025-11-03',
        endedOn: '2025-11-21',
        findings:
          'Dự thảo thống nhất giá đất giữa các địa phương trước sắp xếp; giá đất ở một số khu vực giáp ranh giữa các tỉnh cũ còn chênh lệch lớn, chưa sát giá thị trường.',
        recommendations: [
          answered(
            'Rà soát, điều chỉnh giá đất tại các khu vực giáp ranh giữa các tỉnh cũ cho hợp lý, sát giá thị trường.',
            'ACCEPTED',
            '2025-12-10',
          ),
        ],
      },
      {
        id: demoId(key('2026-poverty')),
        title: `Giám sát việc thực hiện chính sách giảm nghèo đa chiều giai đoạn 2026–2030 trên địa bàn ${inName(province)}`,
        form: 'SUPERVISION',
        conductedBy: vff,
        target: PCOM(province),
        unit: code,
        startedOn: '2026-10-12',
        endedOn: null,
        findings: null,
        recommendations: [],
      },
    ];
    const communes = demoUnits().filter((u) => u.level === 'COMMUNE' && parentOf(u) === province);
    const chosen = new Set<ReferenceUnit>();
    for (let n = 0; chosen.size < Math.min(TWO_LEVEL_COMMUNE_SUPERVISIONS, communes.length); n += 1) {
      chosen.add(communes[pick(key(`commune/${n}`), communes.length)]);
    }
    for (const commune of chosen) {
      const at = `front/supervision/commune/${commune.code}-2025`;
      const topic = TWO_LEVEL_COMMUNE_TOPICS[pick(`${at}/topic`, TWO_LEVEL_COMMUNE_TOPICS.length)];
      // From 2025-08-01 to 2026-08-31, so that the answers come by the seed date.
      const startedOn = addDays('2025-08-01', pick(`${at}/started`, 396));
      const year = Number(startedOn.slice(0, 4));
      const endedOn = addDays(startedOn, 12 + pick(`${at}/length`, 20));
      seeds.push({
        id: demoId(at),
        title: `${topic.title} trên địa bàn ${inName(commune)}`,
        form: 'SUPERVISION',
        conductedBy: vff,
        target: PCOM(commune),
        unit: commune.code,
        startedOn,
        endedOn,
        findings: topic.findings,
        recommendations: topic.recommendations.map((content, i) => {
          const status = statusFor(`${at}/recommendation/${i}`, year);
          return {
            content,
            status,
            response: RESPONSES[status],
            on: status === 'PENDING' ? addDays(endedOn, 7) : addDays(endedOn, 20 + pick(`${at}/answered/${i}`, 20)),
          };
        }),
      });
    }
    return seeds;
  });
}

/** The demo's supervisions and their recommendations, as rows. */
export function demoSupervisions(): { supervisions: SupervisionEntity[]; recommendations: RecommendationEntity[] } {
  const seeds = [...STORY_SUPERVISIONS, ...provincialSupervisions(), ...districtSupervisions(), ...twoLevelSupervisions()];
  const supervisions = seeds.map((seed): SupervisionEntity => ({
    id: seed.id,
    title: seed.title,
    form: seed.form,
    conductedById: seed.conductedBy,
    targetType: seed.target[0],
    targetId: seed.target[1],
    unitCode: seed.unit,
    unitPath: unitPath(seed.unit, seed.startedOn),
    caseId: seed.caseId ?? null,
    coordinationProgramId: seed.programId ?? null,
    startedOn: seed.startedOn,
    endedOn: seed.endedOn,
    findings: seed.findings,
    classification: seed.classification ?? 'PUBLIC',
  }));
  const recommendations = seeds.flatMap((seed) =>
    seed.recommendations.map((r, i): RecommendationEntity => ({
      id: demoId(`front/recommendation/${seed.id}/${i + 1}`),
      supervisionId: seed.id,
      position: i + 1,
      content: r.content,
      addressedToType: (r.to ?? seed.target)[0],
      addressedToId: (r.to ?? seed.target)[1],
      status: r.status,
      response: r.response ?? null,
      statusChangedOn: r.on,
      version: 1,
    })),
  );
  return { supervisions, recommendations };
}
