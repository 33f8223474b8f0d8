import { DataSource } from 'typeorm';
import { insertInChunks, referenceUnit, ReferenceUnit, unitPath } from '../../lib';
import { addDays, BINH_THUAN_DONRE, CENTRAL, DEMO_PROVINCES, demoId, demoUnits, inName, officialName, orgId, pick, STORIES } from '../demo';
import { AdministrativeUnit } from '../../subgraphs/state/entities/AdministrativeUnit';
import { Case, CaseCategory, CaseStatus, Classification } from '../../subgraphs/state/entities/Case';
import { Dialogue } from '../../subgraphs/state/entities/Dialogue';
import { StateAgency } from '../../subgraphs/state/entities/StateAgency';

/**
 * The state subgraph's part of the demo world (design section 8): the units of the
 * demo provinces, their People's Committees and Councils, the central agencies,
 * the citizens' cases of the stories the sources tell (Bình Thuận's expressway
 * site clearance, Phan Hòa's water shortage, ...) and the dialogues held about
 * them. Everything is derived from fixed ids and `pick`, so a second run inserts
 * nothing new.
 */

function unit(code: string): ReferenceUnit {
  const found = referenceUnit(code);
  if (!found) throw new Error(`demo seed names unknown unit ${code}`);
  return found;
}

/** How a unit is named in a title: `xã Phan Sơn, huyện Bắc Bình`, `huyện Bắc Bình`. */
function place(u: ReferenceUnit): string {
  if (u.level !== 'COMMUNE') return inName(u);
  return `${inName(u)}, ${inName(unit(u.parentCode!))}`;
}

/** The title of a People's Committee chairman, e.g. `Chủ tịch Ủy ban nhân dân huyện Bắc Bình`. */
function chairmanTitle(u: ReferenceUnit): string {
  return `Chủ tịch Ủy ban nhân dân ${inName(u)}`;
}

// ---------------------------------------------------------------- units and agencies

function unitRows(): AdministrativeUnit[] {
  return demoUnits().map((u) => ({
    code: u.code,
    name: u.name,
    unitType: u.unitType,
    level: u.level,
    parentCode: u.parentCode,
    path: u.path,
  }));
}

/** The demo state agencies; also read by seed/organizations.ts (the organizations `npm run token` signs for). */
export function agencyRows(): StateAgency[] {
  const nation = unitPath('VN');
  const rows: StateAgency[] = [
    {
      id: CENTRAL.government,
      name: 'Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam',
      kind: 'GOVERNMENT',
      level: 'CENTRAL',
      unitCode: 'VN',
      unitPath: nation,
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
      headName: 'Nguyễn Văn Thắng',
      headTitle: 'Bộ trưởng',
      parentAgencyId: CENTRAL.government,
    },
  ];
  // Law on the Organization of Local Government (2015), art. 4: local government at every
  // province, district and commune is a People's Council (elected) and a People's Committee.
  for (const u of demoUnits()) {
    if (u.level === 'CENTRAL') continue;
    for (const [id, kind, body] of [
      [orgId.peoplesCommittee(u.code), 'PEOPLES_COMMITTEE', 'Ủy ban nhân dân'],
      [orgId.peoplesCouncil(u.code), 'PEOPLES_COUNCIL', 'Hội đồng nhân dân'],
    ] as const) {
      rows.push({
        id,
        name: `${body} ${inName(u)}`,
        kind,
        level: u.level,
        unitCode: u.code,
        unitPath: u.path,
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
    unitPath: unitPath('60'),
    headName: officialName(BINH_THUAN_DONRE),
    headTitle: 'Giám đốc',
    parentAgencyId: orgId.peoplesCommittee('60'),
  });
  return rows;
}

// ---------------------------------------------------------------- cases

interface CaseSpec {
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
const MORE_CASES: { province: string; category: CaseCategory; title: string; description: string }[] = [
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
const STATUSES: CaseStatus[] = ['RECEIVED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'RESOLVED', 'RESOLVED', 'CLOSED'];

function moreCases(): CaseSpec[] {
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

function caseRows(): Case[] {
  return [...STORY_CASES, ...moreCases()].map((spec) => ({
    id: spec.id,
    reference: spec.reference,
    title: spec.title,
    description: spec.description,
    category: spec.category,
    status: spec.status,
    classification: spec.classification ?? 'PUBLIC',
    unitCode: spec.unitCode,
    unitPath: unitPath(spec.unitCode),
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

// ---------------------------------------------------------------- dialogues

interface DialogueSpec {
  key: string;
  title: string;
  heldOn: string;
  unitCode: string;
  participants: number;
  issuesRaised: number;
  issuesResolved: number;
  summary: string;
  caseId?: string;
}

function dialogue(spec: DialogueSpec): Dialogue {
  const u = unit(spec.unitCode);
  return {
    id: demoId(`dialogue/${spec.key}`),
    title: spec.title,
    heldOn: spec.heldOn,
    unitCode: u.code,
    unitPath: u.path,
    level: u.level,
    // Dialogues between leaders and the people: the People's Committee hosts, its chairman chairs.
    hostAgencyId: orgId.peoplesCommittee(u.code),
    chairedByName: officialName(orgId.peoplesCommittee(u.code)),
    chairedByTitle: chairmanTitle(u),
    participants: spec.participants,
    issuesRaised: spec.issuesRaised,
    issuesResolved: spec.issuesResolved,
    summary: spec.summary,
    caseId: spec.caseId ?? null,
    classification: 'PUBLIC',
  };
}

/** Dialogues the stories name: the provinces' own and those about the story cases. */
const STORY_DIALOGUES: DialogueSpec[] = [
  {
    key: '60/2024-05-16/water-phan-hoa',
    title: 'Đối thoại giữa lãnh đạo tỉnh với Nhân dân xã Phan Hòa về tình trạng thiếu nước sinh hoạt',
    heldOn: '2024-05-16',
    unitCode: '60',
    participants: 180,
    issuesRaised: 14,
    issuesResolved: 9,
    summary:
      'Chủ tịch Ủy ban nhân dân tỉnh trực tiếp lắng nghe ý kiến của Nhân dân xã Phan Hòa; thống nhất bố trí vốn mở rộng tuyến ống cấp nước ' +
      'tập trung, giao Ủy ban nhân dân huyện Bắc Bình tổ chức chở nước hỗ trợ các thôn trong mùa khô.',
    caseId: STORIES.cases.waterPhanHoa,
  },
  {
    key: '60/2023-09-21/workers',
    title: 'Đối thoại giữa Chủ tịch Ủy ban nhân dân tỉnh với cán bộ công đoàn, công nhân, người lao động',
    heldOn: '2023-09-21',
    unitCode: '60',
    participants: 250,
    issuesRaised: 22,
    issuesResolved: 17,
    summary:
      'Công nhân, người lao động nêu kiến nghị về tiền lương, nhà ở, nhà trẻ cho con công nhân và việc đóng bảo hiểm xã hội; ' +
      'các sở, ngành trả lời trực tiếp tại hội nghị.',
  },
  {
    key: '60/2024-03-22/youth',
    title: 'Đối thoại giữa lãnh đạo tỉnh với cán bộ, đoàn viên, thanh niên',
    heldOn: '2024-03-22',
    unitCode: '60',
    participants: 300,
    issuesRaised: 18,
    issuesResolved: 15,
    summary:
      'Đoàn viên, thanh niên kiến nghị về học nghề, việc làm, khởi nghiệp và vốn vay; lãnh đạo tỉnh giải đáp và giao các sở, ngành thực hiện.',
  },
  {
    key: '30/2024-07-11/farmers',
    title: 'Đối thoại giữa Chủ tịch Ủy ban nhân dân tỉnh với nông dân về phát triển nông nghiệp',
    heldOn: '2024-07-11',
    unitCode: '30',
    participants: 220,
    issuesRaised: 16,
    issuesResolved: 12,
    summary: 'Nông dân kiến nghị về tích tụ ruộng đất, tiêu thụ vải thiều và nông sản, chuyển đổi cơ cấu cây trồng.',
  },
  {
    key: '64/2024-10-17/village-elders',
    title: 'Đối thoại giữa lãnh đạo tỉnh với người có uy tín trong đồng bào dân tộc thiểu số',
    heldOn: '2024-10-17',
    unitCode: '64',
    participants: 160,
    issuesRaised: 19,
    issuesResolved: 13,
    summary:
      'Già làng, người có uy tín phản ánh về đất sản xuất, nước sinh hoạt và giữ gìn bản sắc văn hóa; lãnh đạo tỉnh giải đáp, chỉ đạo xử lý.',
  },
  {
    key: '598/2022-07-14/expressway',
    title: 'Đối thoại với các hộ dân bị ảnh hưởng bởi Dự án đường bộ cao tốc Bắc - Nam qua huyện Hàm Thuận Nam',
    heldOn: '2022-07-14',
    unitCode: '598',
    participants: 320,
    issuesRaised: 27,
    issuesResolved: 15,
    summary:
      'Các hộ dân kiến nghị về đơn giá bồi thường, hỗ trợ và vị trí khu tái định cư; huyện giải thích chính sách và cam kết chi trả trước khi bàn giao mặt bằng.',
    caseId: STORIES.cases.expresswayHamThuanNam,
  },
  {
    key: '598/2023-04-20/expressway',
    title: 'Đối thoại về tiến độ bồi thường, tái định cư Dự án đường bộ cao tốc Bắc - Nam tại huyện Hàm Thuận Nam',
    heldOn: '2023-04-20',
    unitCode: '598',
    participants: 210,
    issuesRaised: 19,
    issuesResolved: 12,
    summary:
      'Rà soát các hộ còn vướng mắc; thống nhất điều chỉnh giá đất bồi thường theo bảng giá mới và đẩy nhanh hạ tầng khu tái định cư.',
    caseId: STORIES.cases.expresswayHamThuanNam,
  },
  {
    key: '596/2022-05-26/expressway',
    title: 'Đối thoại với các hộ dân bị ảnh hưởng bởi Dự án đường bộ cao tốc Bắc - Nam qua huyện Bắc Bình',
    heldOn: '2022-05-26',
    unitCode: '596',
    participants: 260,
    issuesRaised: 21,
    issuesResolved: 16,
    summary:
      'Các hộ dân đồng thuận với phương án bồi thường sau khi được giải thích chính sách; huyện cam kết chi trả dứt điểm trước khi bàn giao mặt bằng.',
    caseId: STORIES.cases.expresswayBacBinh,
  },
  {
    key: '596/2024-05-03/water-phan-hoa',
    title: 'Đối thoại về tình trạng thiếu nước sinh hoạt tại xã Phan Hòa, huyện Bắc Bình',
    heldOn: '2024-05-03',
    unitCode: '596',
    participants: 140,
    issuesRaised: 11,
    issuesResolved: 6,
    summary: 'Huyện tổ chức chở nước hỗ trợ các thôn thiếu nước và kiến nghị tỉnh bố trí vốn mở rộng tuyến ống cấp nước về xã.',
    caseId: STORIES.cases.waterPhanHoa,
  },
  {
    key: '23035/2024-04-25/water-phan-hoa',
    title: 'Đối thoại giữa lãnh đạo xã với Nhân dân về tình trạng thiếu nước sinh hoạt',
    heldOn: '2024-04-25',
    unitCode: '23035',
    participants: 95,
    issuesRaised: 8,
    issuesResolved: 3,
    summary: 'Nhân dân các thôn phản ánh giếng nhiễm mặn, thiếu nước sinh hoạt; xã báo cáo, kiến nghị huyện hỗ trợ nguồn nước.',
    caseId: STORIES.cases.waterPhanHoa,
  },
  {
    key: '295/2024-03-14/land-cam-giang',
    title: 'Đối thoại với các hộ dân có đất nông nghiệp bị thu hồi để mở rộng khu công nghiệp tại huyện Cẩm Giàng',
    heldOn: '2024-03-14',
    unitCode: '295',
    participants: 85,
    issuesRaised: 7,
    issuesResolved: 3,
    summary:
      'Các hộ dân kiến nghị nâng đơn giá bồi thường và hỗ trợ đào tạo nghề; các nội dung vượt thẩm quyền được báo cáo Ủy ban nhân dân tỉnh.',
    caseId: STORIES.cases.landCamGiang,
  },
  {
    key: '593/2023-06-15/le-duan-road',
    title: 'Đối thoại với các hộ dân thuộc Dự án đường Lê Duẩn, thành phố Phan Thiết',
    heldOn: '2023-06-15',
    unitCode: '593',
    participants: 120,
    issuesRaised: 9,
    issuesResolved: 4,
    summary:
      'Các hộ dân nêu tồn đọng về bồi thường và tái định cư; thành phố giao cơ quan chuyên môn rà soát từng hồ sơ, báo cáo hướng giải quyết.',
    caseId: STORIES.cases.leDuanRoad,
  },
];

const DISTRICT_TOPICS = [
  'công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm',
  'cải cách thủ tục hành chính và chuyển đổi số',
  'quản lý đất đai, cấp giấy chứng nhận quyền sử dụng đất',
  'xây dựng nông thôn mới nâng cao',
  'bảo vệ môi trường và thu gom, xử lý rác thải',
  'chính sách an sinh xã hội, giảm nghèo bền vững',
  'phát triển sản xuất nông nghiệp, tiêu thụ nông sản',
];

const COMMUNE_TOPICS = [
  'thực hiện dân chủ ở cơ sở',
  'xây dựng nông thôn mới',
  'giao thông nông thôn và thủy lợi nội đồng',
  'vệ sinh môi trường khu dân cư',
  'chính sách hỗ trợ hộ nghèo, hộ cận nghèo',
  'bảo đảm an ninh trật tự ở khu dân cư',
  'nước sinh hoạt và phòng, chống hạn hán',
];

/**
 * The routine dialogues of 2023-2024: one or two in every district and one in about
 * a third of the communes, so that counts by level have the shape the sources give
 * (most dialogues are held at commune level).
 */
function routineDialogues(): DialogueSpec[] {
  const specs: DialogueSpec[] = [];
  for (const u of demoUnits()) {
    if (u.level !== 'DISTRICT' && u.level !== 'COMMUNE') continue;
    const count = u.level === 'DISTRICT' ? 1 + pick(`dialogues/${u.code}`, 2) : pick(`dialogues/${u.code}`, 3) === 0 ? 1 : 0;
    const topics = u.level === 'DISTRICT' ? DISTRICT_TOPICS : COMMUNE_TOPICS;
    for (let n = 1; n <= count; n += 1) {
      const key = `${u.code}/routine/${n}`;
      const topic = topics[pick(`${key}/topic`, topics.length)];
      const participants = u.level === 'DISTRICT' ? 80 + pick(`${key}/participants`, 170) : 40 + pick(`${key}/participants`, 110);
      const issuesRaised = 3 + pick(`${key}/raised`, 15);
      const issuesResolved = Math.floor((issuesRaised * (50 + pick(`${key}/resolved`, 51))) / 100);
      specs.push({
        key,
        title: `Đối thoại giữa Chủ tịch Ủy ban nhân dân ${inName(u)} với Nhân dân về ${topic}`,
        heldOn: addDays('2023-01-01', pick(`${key}/held`, 731)),
        unitCode: u.code,
        participants,
        issuesRaised,
        issuesResolved,
        summary:
          `Lãnh đạo Ủy ban nhân dân ${inName(u)} lắng nghe ${issuesRaised} ý kiến, kiến nghị của Nhân dân về ${topic}; ` +
          `${issuesResolved} nội dung được giải đáp, giải quyết, các nội dung còn lại được giao cơ quan chuyên môn trả lời theo thẩm quyền.`,
      });
    }
  }
  return specs;
}

/**
 * A dialogue about each of the further cases, held by the committee responsible
 * within a month of the case being opened (so before it is settled).
 */
function caseDialogues(): DialogueSpec[] {
  return moreCases().map((c) => {
    const key = `${c.unitCode}/case/${c.reference}`;
    const issuesRaised = 2 + pick(`${key}/raised`, 8);
    return {
      key,
      title: `Đối thoại với Nhân dân về vụ việc: ${c.title.charAt(0).toLowerCase()}${c.title.slice(1)}`,
      heldOn: addDays(c.openedOn, 10 + pick(`${key}/held`, 20)),
      unitCode: c.unitCode,
      participants: 30 + pick(`${key}/participants`, 120),
      issuesRaised,
      issuesResolved: pick(`${key}/resolved`, issuesRaised + 1),
      summary: `${c.description} Lãnh đạo địa phương giải thích chính sách, tiếp thu kiến nghị và giao cơ quan chuyên môn kiểm tra, trả lời.`,
      caseId: c.id,
    };
  });
}

function dialogueRows(): Dialogue[] {
  return [...STORY_DIALOGUES, ...caseDialogues(), ...routineDialogues()].map(dialogue);
}

// ---------------------------------------------------------------- entry point

export async function seedDemo(db: DataSource): Promise<void> {
  // Checked here so that a demo province missing from the unit list fails loudly.
  for (const code of DEMO_PROVINCES) unit(code);
  await db.transaction(async (manager) => {
    await insertInChunks(manager, AdministrativeUnit, unitRows());
    await insertInChunks(manager, StateAgency, agencyRows());
    await insertInChunks(manager, Case, caseRows());
    await insertInChunks(manager, Dialogue, dialogueRows());
  });
}
