import { unitPath } from '../../lib';
import type { Case, CaseCategory, CaseStatus, Classification } from '../../subgraphs/state/entities/Case';
import { addDays, BINH_THUAN_DONRE, demoId, demoUnits, orgId, pick, STORIES } from '../demo';
import { place, unit } from './units';

/**
 * The citizens' cases of the demo: those the sources tell of, with the ids the other
 * families' stories name, and further ones of the kinds each province has.
 */

export interface CaseSpec {
  id: string;
  reference: string;
  title: string;
  description: string;
  category: CaseCategory;
  status: CaseStatus;
  classification?: Classification;
  unitCode: string;
  responsibleAgencyId: string;
  householdsAffected: number | null;
  openedOn: string;
  resolvedOn?: string;
}

/** The cases the sources tell of; other subgraphs refer to them by these ids. */
const STORY_CASES: CaseSpec[] = [
  {
    id: STORIES.cases.expresswayHamThuanNam,
    reference: '60-2022-014',
    title: 'Bồi thường, giải phóng mặt bằng và tái định cư Dự án đường bộ cao tốc Bắc - Nam qua huyện Hàm Thuận Nam',
    description:
      'Thu hồi đất, bồi thường, hỗ trợ và tái định cư cho các hộ dân bị ảnh hưởng bởi Dự án đường bộ cao tốc Bắc - Nam phía Đông, ' +
      'các đoạn Phan Thiết - Dầu Giây và Vĩnh Hảo - Phan Thiết, qua địa bàn huyện Hàm Thuận Nam (chủ đầu tư: Bộ Giao thông vận tải). ' +
      'Một số hộ chưa đồng thuận với đơn giá bồi thường đất nông nghiệp và vị trí khu tái định cư; ' +
      'Mặt trận và các đoàn thể phối hợp tuyên truyền, vận động bàn giao mặt bằng đúng tiến độ.',
    category: 'LAND_ACQUISITION_RESETTLEMENT',
    status: 'IN_PROGRESS',
    unitCode: '598',
    responsibleAgencyId: orgId.peoplesCommittee('598'),
    householdsAffected: 1246,
    openedOn: '2022-03-15',
  },
  {
    id: STORIES.cases.expresswayBacBinh,
    reference: '60-2022-009',
    title: 'Bồi thường, giải phóng mặt bằng Dự án đường bộ cao tốc Bắc - Nam đoạn Vĩnh Hảo - Phan Thiết qua huyện Bắc Bình',
    description:
      'Thu hồi đất, bồi thường và hỗ trợ cho các hộ dân bị ảnh hưởng bởi đoạn Vĩnh Hảo - Phan Thiết của Dự án đường bộ cao tốc Bắc - Nam phía Đông ' +
      'qua địa bàn huyện Bắc Bình. Đã chi trả xong tiền bồi thường, hỗ trợ và bàn giao toàn bộ mặt bằng cho chủ đầu tư.',
    category: 'LAND_ACQUISITION_RESETTLEMENT',
    status: 'RESOLVED',
    unitCode: '596',
    responsibleAgencyId: orgId.peoplesCommittee('596'),
    householdsAffected: 873,
    openedOn: '2022-02-21',
    resolvedOn: '2023-06-30',
  },
  {
    id: STORIES.cases.waterPhanHoa,
    reference: '60-2024-031',
    title: 'Thiếu nước sinh hoạt của Nhân dân xã Phan Hòa, huyện Bắc Bình',
    description:
      'Mùa khô kéo dài, nguồn nước giếng bị nhiễm mặn, nhiều hộ dân xã Phan Hòa thiếu nước sinh hoạt. Người dân kiến nghị đầu tư ' +
      'mở rộng tuyến ống cấp nước tập trung về các thôn và tổ chức chở nước hỗ trợ trong thời gian chờ công trình hoàn thành.',
    category: 'WATER_SUPPLY',
    status: 'IN_PROGRESS',
    unitCode: '23035',
    responsibleAgencyId: orgId.peoplesCommittee('596'),
    householdsAffected: 1520,
    openedOn: '2024-04-10',
  },
  {
    id: STORIES.cases.leDuanRoad,
    reference: '60-2023-007',
    title: 'Giải quyết khó khăn, vướng mắc của các hộ dân thuộc Dự án đường Lê Duẩn, thành phố Phan Thiết',
    description:
      'Các hộ dân bị ảnh hưởng bởi Dự án đường Lê Duẩn còn tồn đọng về bồi thường, hỗ trợ và bố trí tái định cư kéo dài nhiều năm. ' +
      'Nắm tình hình, tâm tư của các hộ và đề xuất hướng giải quyết dứt điểm.',
    category: 'LAND_ACQUISITION_RESETTLEMENT',
    status: 'IN_PROGRESS',
    unitCode: '593',
    responsibleAgencyId: orgId.peoplesCommittee('593'),
    householdsAffected: 212,
    openedOn: '2023-03-02',
  },
  {
    id: STORIES.cases.pollutionTuyPhong,
    reference: '60-2024-018',
    title: 'Ô nhiễm môi trường từ hoạt động khai thác titan tại huyện Tuy Phong',
    description:
      'Người dân phản ánh cát, bụi và nước thải từ hoạt động khai thác, tuyển quặng titan gây bồi lấp đất sản xuất và ảnh hưởng đến ' +
      'nguồn nước sinh hoạt; đề nghị kiểm tra, xử lý vi phạm và hoàn nguyên môi trường các khu vực đã khai thác.',
    category: 'ENVIRONMENTAL_POLLUTION',
    status: 'RECEIVED',
    unitCode: '595',
    responsibleAgencyId: BINH_THUAN_DONRE,
    householdsAffected: 340,
    openedOn: '2024-08-05',
  },
  {
    id: STORIES.cases.restrictedChuProng,
    reference: '64-2024-005',
    title: 'Vụ việc liên quan đến công tác dân tộc, tôn giáo tại huyện Chư Prông',
    description:
      'Nắm tình hình tư tưởng trong vùng đồng bào dân tộc thiểu số và hoạt động tôn giáo trên địa bàn huyện biên giới; ' +
      'phối hợp vận động quần chúng, giữ vững an ninh chính trị, trật tự an toàn xã hội.',
    category: 'ETHNIC_RELIGIOUS_AFFAIRS',
    status: 'IN_PROGRESS',
    classification: 'RESTRICTED',
    unitCode: '632',
    responsibleAgencyId: orgId.peoplesCommittee('632'),
    householdsAffected: null,
    openedOn: '2024-05-20',
  },
  {
    id: STORIES.cases.landCamGiang,
    reference: '30-2024-011',
    title: 'Giải phóng mặt bằng mở rộng khu công nghiệp tại huyện Cẩm Giàng',
    description:
      'Thu hồi đất nông nghiệp để mở rộng khu công nghiệp; các hộ dân kiến nghị về đơn giá bồi thường và chính sách hỗ trợ chuyển đổi nghề. ' +
      'Hồ sơ được đóng tại cấp huyện do nội dung kiến nghị thuộc thẩm quyền giải quyết của Ủy ban nhân dân tỉnh.',
    category: 'LAND_ACQUISITION_RESETTLEMENT',
    status: 'CLOSED',
    unitCode: '295',
    responsibleAgencyId: orgId.peoplesCommittee('295'),
    householdsAffected: 96,
    openedOn: '2024-01-18',
    resolvedOn: '2024-11-15',
  },
];

/**
 * Further cases, each of a kind the province really has (titanium and fisheries on
 * Bình Thuận's coast, industrial parks in Hải Dương, ethnic minority areas in Gia Lai),
 * placed in a district or rural commune of that province by `pick`.
 */
export const MORE_CASES: { province: string; category: CaseCategory; title: string; description: string }[] = [
  {
    province: '60',
    category: 'ENVIRONMENTAL_POLLUTION',
    title: 'Ô nhiễm mùi hôi từ cơ sở chế biến thủy sản tại',
    description: 'Người dân phản ánh mùi hôi và nước thải chưa qua xử lý từ cơ sở chế biến bột cá ảnh hưởng đến khu dân cư.',
  },
  {
    province: '60',
    category: 'WATER_SUPPLY',
    title: 'Thiếu nước sinh hoạt và nước tưới mùa khô tại',
    description: 'Hạn hán kéo dài, hồ chứa cạn kiệt; người dân kiến nghị hỗ trợ nước sinh hoạt và đầu tư công trình thủy lợi.',
  },
  {
    province: '60',
    category: 'LAND_ACQUISITION_RESETTLEMENT',
    title: 'Bồi thường, hỗ trợ Dự án nâng cấp, mở rộng tuyến đường ven biển qua',
    description: 'Các hộ dân kiến nghị về giá đất tính bồi thường và thời gian bố trí tái định cư.',
  },
  {
    province: '60',
    category: 'SOCIAL_WELFARE',
    title: 'Hỗ trợ nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn tại',
    description: 'Rà soát, hỗ trợ xây mới và sửa chữa nhà ở cho hộ nghèo theo chương trình xóa nhà tạm, nhà dột nát.',
  },
  {
    province: '60',
    category: 'INFRASTRUCTURE',
    title: 'Đường giao thông liên xã xuống cấp, mất an toàn tại',
    description: 'Tuyến đường hư hỏng nặng sau mùa mưa; người dân kiến nghị sửa chữa và đầu tư nâng cấp.',
  },
  {
    province: '60',
    category: 'LABOUR',
    title: 'Doanh nghiệp chậm trả lương, nợ bảo hiểm xã hội của người lao động tại',
    description: 'Người lao động phản ánh doanh nghiệp chậm trả lương và chưa đóng bảo hiểm xã hội nhiều tháng.',
  },
  {
    province: '30',
    category: 'ENVIRONMENTAL_POLLUTION',
    title: 'Ô nhiễm môi trường từ trang trại chăn nuôi lợn tại',
    description: 'Chất thải chăn nuôi chưa được xử lý gây ô nhiễm kênh mương nội đồng và không khí khu dân cư.',
  },
  {
    province: '30',
    category: 'LABOUR',
    title: 'Ngừng việc tập thể tại doanh nghiệp may mặc trên địa bàn',
    description:
      'Công nhân ngừng việc, kiến nghị về tiền lương, phụ cấp và điều kiện làm việc; công đoàn tham gia đối thoại với doanh nghiệp.',
  },
  {
    province: '30',
    category: 'LAND_ACQUISITION_RESETTLEMENT',
    title: 'Giải phóng mặt bằng xây dựng cụm công nghiệp tại',
    description: 'Các hộ dân có đất nông nghiệp bị thu hồi kiến nghị về hỗ trợ đào tạo, chuyển đổi nghề và tìm kiếm việc làm.',
  },
  {
    province: '30',
    category: 'INFRASTRUCTURE',
    title: 'Ngập úng khu dân cư do hệ thống tiêu thoát nước chưa hoàn thiện tại',
    description: 'Mưa lớn gây ngập úng kéo dài; người dân kiến nghị nạo vét kênh tiêu và xây dựng trạm bơm.',
  },
  {
    province: '30',
    category: 'OTHER',
    title: 'Kiến nghị về giải quyết thủ tục hành chính tại bộ phận một cửa',
    description: 'Người dân phản ánh việc giải quyết hồ sơ đất đai và hộ tịch quá hạn, phải đi lại nhiều lần.',
  },
  {
    province: '64',
    category: 'ETHNIC_RELIGIOUS_AFFAIRS',
    title: 'Thiếu đất sản xuất của đồng bào dân tộc thiểu số tại',
    description:
      'Một số hộ đồng bào Jrai, Bahnar thiếu đất sản xuất; kiến nghị giao đất, hỗ trợ chuyển đổi nghề theo chương trình mục tiêu quốc gia.',
  },
  {
    province: '64',
    category: 'WATER_SUPPLY',
    title: 'Công trình cấp nước sinh hoạt tập trung hư hỏng tại',
    description: 'Công trình cấp nước tập trung ngừng hoạt động; người dân các làng phải dùng nước giếng, nước suối không bảo đảm vệ sinh.',
  },
  {
    province: '64',
    category: 'LAND_ACQUISITION_RESETTLEMENT',
    title: 'Tranh chấp đất rẫy giữa người dân và công ty lâm nghiệp tại',
    description:
      'Người dân và công ty lâm nghiệp tranh chấp diện tích đất rẫy canh tác lâu năm; kiến nghị đo đạc, giao lại đất cho địa phương quản lý.',
  },
  {
    province: '64',
    category: 'SOCIAL_WELFARE',
    title: 'Hỗ trợ khắc phục hậu quả hạn hán, bảo đảm an sinh cho hộ nghèo tại',
    description: 'Cây trồng thiệt hại do hạn hán; người dân kiến nghị hỗ trợ giống, gạo cứu đói và giãn nợ vay ngân hàng chính sách.',
  },
  {
    province: '64',
    category: 'INFRASTRUCTURE',
    title: 'Kiến nghị đầu tư điện lưới và đường vào làng tại',
    description: 'Một số làng chưa có điện lưới quốc gia và đường bê tông; người dân kiến nghị đưa vào kế hoạch đầu tư công trung hạn.',
  },
];

/** How cases end up, weighted towards the many still being handled. */
export const STATUSES: CaseStatus[] = ['RECEIVED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'RESOLVED', 'RESOLVED', 'CLOSED'];

export function moreCases(): CaseSpec[] {
  // Spread over the provinces' rural districts and towns: each case in a district no
  // other case is in (stories first), half of them in one of its rural communes.
  const taken = new Set(STORY_CASES.map((c) => unit(c.unitCode)).map((u) => (u.level === 'COMMUNE' ? u.parentCode! : u.code)));
  return MORE_CASES.map((spec, i) => {
    const key = `case/${spec.province}/${i}`;
    const districts = demoUnits().filter((u) => u.parentCode === spec.province && u.unitType !== 'Thành phố');
    const free = districts.filter((d) => !taken.has(d.code));
    const district = (free.length ? free : districts)[pick(`${key}/district`, (free.length ? free : districts).length)];
    taken.add(district.code);
    const communes = demoUnits().filter((u) => u.parentCode === district.code && u.unitType === 'Xã');
    const at = communes.length && pick(`${key}/commune`, 2) === 0 ? communes[pick(`${key}/unit`, communes.length)] : district;
    const status = STATUSES[pick(`${key}/status`, STATUSES.length)];
    const openedOn = addDays('2023-01-01', pick(`${key}/opened`, 800));
    const finished = status === 'RESOLVED' || status === 'CLOSED';
    const resolvedOn = finished ? [addDays(openedOn, 30 + pick(`${key}/resolved`, 300)), '2025-06-30'].sort()[0] : undefined;
    return {
      id: demoId(key),
      reference: `${spec.province}-${openedOn.slice(0, 4)}-${100 + i}`,
      title: `${spec.title} ${place(at)}`,
      description: spec.description,
      category: spec.category,
      status,
      unitCode: at.code,
      responsibleAgencyId: orgId.peoplesCommittee(at.code),
      householdsAffected: 15 + pick(`${key}/households`, 400),
      openedOn,
      resolvedOn,
    };
  });
}

export function caseRows(): Case[] {
  return [...STORY_CASES, ...moreCases()].map((spec) => ({
    id: spec.id,
    reference: spec.reference,
    title: spec.title,
    description: spec.description,
    category: spec.category,
    status: spec.status,
    classification: spec.classification ?? 'PUBLIC',
    unitCode: spec.unitCode,
    unitPath: unitPath(spec.unitCode, spec.openedOn),
    responsibleAgencyId: spec.responsibleAgencyId,
    householdsAffected: spec.householdsAffected,
    openedOn: spec.openedOn,
    resolvedOn: spec.resolvedOn ?? null,
    version: 1,
    // Fixed instants (office hours, Vietnam time), so the seed is the same on every run.
    createdAt: new Date(`${spec.openedOn}T08:00:00+07:00`),
    updatedAt: new Date(`${spec.resolvedOn ?? spec.openedOn}T16:30:00+07:00`),
  }));
}
