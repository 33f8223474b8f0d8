import { TWO_LEVEL_FIRST_DAY, type ReferenceUnit } from '../../lib';
import type { Dialogue } from '../../subgraphs/state/entities/Dialogue';
import { addDays, demoId, demoUnits, inName, officialName, orgId, pick, SEED_DATE, STORIES } from '../demo';
import { moreCases } from './cases';
import { unit } from './units';

/**
 * The dialogues of the demo: those the stories name, one about each further case, and
 * routine ones in both eras: in the districts and communes until 2025-06-30, in the
 * provinces and communes formed on 2025-07-01 from then until the seed date. Each is
 * placed in the unit version in force on the day it was held, and hosted by that
 * version's People's Committee.
 */

/** The title of a People's Committee chairman, e.g. `Chủ tịch Ủy ban nhân dân huyện Bắc Bình`. */
function chairmanTitle(u: ReferenceUnit): string {
  return `Chủ tịch Ủy ban nhân dân ${inName(u)}`;
}

interface DialogueSpec {
  key: string;
  title: string;
  heldOn: string;
  /** The unit's code; the version is the one in force on `heldOn`. */
  unitCode: string;
  participants: number;
  issuesRaised: number;
  issuesResolved: number;
  summary: string;
  caseId?: string;
}

function dialogue(spec: DialogueSpec): Dialogue {
  const u = unit(spec.unitCode, spec.heldOn);
  return {
    id: demoId(`dialogue/${spec.key}`),
    title: spec.title,
    heldOn: spec.heldOn,
    unitCode: u.code,
    unitPath: u.path,
    level: u.level,
    // Dialogues between leaders and the people: the People's Committee hosts, its chairman chairs.
    hostAgencyId: orgId.peoplesCommittee(u),
    chairedByName: officialName(orgId.peoplesCommittee(u)),
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

export const DISTRICT_TOPICS = [
  'công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm',
  'cải cách thủ tục hành chính và chuyển đổi số',
  'quản lý đất đai, cấp giấy chứng nhận quyền sử dụng đất',
  'xây dựng nông thôn mới nâng cao',
  'bảo vệ môi trường và thu gom, xử lý rác thải',
  'chính sách an sinh xã hội, giảm nghèo bền vững',
  'phát triển sản xuất nông nghiệp, tiêu thụ nông sản',
];

export const COMMUNE_TOPICS = [
  'thực hiện dân chủ ở cơ sở',
  'xây dựng nông thôn mới',
  'giao thông nông thôn và thủy lợi nội đồng',
  'vệ sinh môi trường khu dân cư',
  'chính sách hỗ trợ hộ nghèo, hộ cận nghèo',
  'bảo đảm an ninh trật tự ở khu dân cư',
  'nước sinh hoạt và phòng, chống hạn hán',
];

/** What people raise with the provinces and communes formed on 2025-07-01, besides the everyday topics. */
export const TWO_LEVEL_TOPICS = [
  'giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công sau sắp xếp đơn vị hành chính',
  'điều chỉnh thông tin địa chỉ trên giấy tờ của người dân sau sắp xếp đơn vị hành chính',
  'sử dụng trụ sở, cơ sở vật chất dôi dư sau sắp xếp đơn vị hành chính',
];

/** Days from the two-level era's first day to the seed date: the window of its dialogues. */
const TWO_LEVEL_DAYS = (Date.parse(SEED_DATE) - Date.parse(TWO_LEVEL_FIRST_DAY)) / 86_400_000;

/** A routine dialogue of a unit version's People's Committee with the people, all figures from `key`. */
function routineDialogue(key: string, u: ReferenceUnit, heldOn: string, topics: readonly string[]): DialogueSpec {
  const topic = topics[pick(`${key}/topic`, topics.length)];
  const participants = u.level === 'COMMUNE' ? 40 + pick(`${key}/participants`, 110) : 80 + pick(`${key}/participants`, 170);
  const issuesRaised = 3 + pick(`${key}/raised`, 15);
  const issuesResolved = Math.floor((issuesRaised * (50 + pick(`${key}/resolved`, 51))) / 100);
  return {
    key,
    title: `Đối thoại giữa Chủ tịch Ủy ban nhân dân ${inName(u)} với Nhân dân về ${topic}`,
    heldOn,
    unitCode: u.code,
    participants,
    issuesRaised,
    issuesResolved,
    summary:
      `Lãnh đạo Ủy ban nhân dân ${inName(u)} lắng nghe ${issuesRaised} ý kiến, kiến nghị của Nhân dân về ${topic}; ` +
      `${issuesResolved} nội dung được giải đáp, giải quyết, các nội dung còn lại được giao cơ quan chuyên môn trả lời theo thẩm quyền.`,
  };
}

/**
 * The routine dialogues, so that counts by level have the shape the sources give (most
 * dialogues are held at commune level). Until 2025-06-30, in every district and commune
 * of the three-level era: one or two in each district and one in about a third of the
 * communes in 2023-2024, then one in each district and in about a quarter of the
 * communes in the first half of 2025. From 2025-07-01 to the seed date, in the two-level
 * era: one or two at each province and one in about a third of the communes. A code
 * may name a unit in both eras (Xã Bắc Bình took Chợ Lầu's 23005), so the two-level
 * era's keys carry `-2025`, like its organizations' ids.
 */
function routineDialogues(): DialogueSpec[] {
  const specs: DialogueSpec[] = [];
  for (const u of demoUnits()) {
    if (u.level === 'CENTRAL') continue;
    const topics = u.level === 'COMMUNE' ? COMMUNE_TOPICS : DISTRICT_TOPICS;
    if (u.validFrom === TWO_LEVEL_FIRST_DAY) {
      const base = `${u.code}-2025/routine`;
      const count = u.level === 'PROVINCIAL' ? 1 + pick(`dialogues/${base}`, 2) : pick(`dialogues/${base}`, 3) === 0 ? 1 : 0;
      for (let n = 1; n <= count; n += 1) {
        const key = `${base}/${n}`;
        const heldOn = addDays(TWO_LEVEL_FIRST_DAY, pick(`${key}/held`, TWO_LEVEL_DAYS + 1));
        specs.push(routineDialogue(key, u, heldOn, [...topics, ...TWO_LEVEL_TOPICS]));
      }
      continue;
    }
    if (u.level === 'PROVINCIAL') continue;
    const count = u.level === 'DISTRICT' ? 1 + pick(`dialogues/${u.code}`, 2) : pick(`dialogues/${u.code}`, 3) === 0 ? 1 : 0;
    for (let n = 1; n <= count; n += 1) {
      const key = `${u.code}/routine/${n}`;
      specs.push(routineDialogue(key, u, addDays('2023-01-01', pick(`${key}/held`, 731)), topics));
    }
    if (u.level === 'DISTRICT' || pick(`dialogues/${u.code}/2025h1`, 4) === 0) {
      const key = `${u.code}/2025h1/routine`;
      // 2025-01-01 plus 0 to 180 days: on or before 2025-06-30, the district level's last day.
      specs.push(routineDialogue(key, u, addDays('2025-01-01', pick(`${key}/held`, 181)), topics));
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

export function dialogueRows(): Dialogue[] {
  return [...STORY_DIALOGUES, ...caseDialogues(), ...routineDialogues()].map(dialogue);
}
