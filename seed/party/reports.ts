import { demoGuidance } from './guidance';
import { dueOn, guidanceFor, owes } from '../../subgraphs/party/reporting/guidance';
import type { EntityManager } from 'typeorm';
import { CENTRAL, DEMO_WORLD, demoId, demoUnits, orgId, parentOf, pick, SEED_DATE, STORIES, type World } from '../demo';
import { demoPublishedOrganizations } from '../organizations';
import { owesUnitReport } from '../../subgraphs/party/reporting/regime';
import { covers, FREQUENCIES, LAST_THREE_LEVEL_DAY, type OrganizationTypeName, type ReferenceUnit } from '../../lib';
import type { ReportEntity } from '../../subgraphs/party/entities';
import type { ReportContent } from '../../subgraphs/party/entities/Report';
import {
  addDays,
  dueDate,
  DEFAULT_DUE_DAYS,
  describePeriod,
  periodsEndingIn,
  ReportingPeriod,
} from '../../subgraphs/party/reporting/periods';

export type ReportRow = ReportEntity;

/** The first day the demo has periodic reports for. */
export const FIRST_REPORTED_DAY = '2024-01-01';

/**
 * The periods the demo has reports for: of every frequency, from January 2024 to the
 * latest one due by the seed date (`SEED_DATE`, not the wall clock: the demo is the
 * same whenever it is seeded), oldest first.
 */
export function demoPeriods(): ReportingPeriod[] {
  return FREQUENCIES.flatMap((frequency) => periodsEndingIn(frequency, FIRST_REPORTED_DAY, SEED_DATE))
    .filter((period) => dueDate(period, DEFAULT_DUE_DAYS) <= SEED_DATE)
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn) || FREQUENCIES.indexOf(a.frequency) - FREQUENCIES.indexOf(b.frequency));
}

/** The 2024 quarters the demo's stories are told in (the first reports of the demo). */
export const DEMO_PERIODS: ReportingPeriod[] = [1, 2, 3].map((index) => describePeriod({ year: 2024, frequency: 'QUARTERLY', index }));

const Q3 = '2024-Q3';

/** One organization's duty towards one committee for a period, by the id conventions of `seed/demo.ts`. */
export interface DemoObligation {
  submitterType: OrganizationTypeName;
  submitterId: string;
  /** The submitter's unit version. */
  unit: ReferenceUnit;
  recipientUnit: ReferenceUnit;
  /** Rule 1 (an organization to its unit's committee), 2 (a committee to the one above) or 4 (a commission to the one above). */
  rule: 1 | 2 | 4;
}

/**
 * Rule 1 submitters of a unit version: of the other families' demo organizations of
 * the unit, as their seeders make them, those the regime binds (`owesUnitReport`),
 * the same rule the party applies to the owners' lists.
 */
function unitSubmitters(unit: ReferenceUnit, world: World): DemoObligation[] {
  return demoPublishedOrganizations(unit, world)
    .filter((organization) => owesUnitReport(organization, unit.level))
    .map((organization) => ({
      submitterType: organization.type,
      submitterId: organization.id,
      unit,
      recipientUnit: unit,
      rule: 1 as const,
    }));
}

export const committeeOf = (unit: ReferenceUnit) => (unit.level === 'CENTRAL' ? CENTRAL.partyCommittee : orgId.partyCommittee(unit));
export const commissionOf = (unit: ReferenceUnit) => (unit.level === 'CENTRAL' ? CENTRAL.commission : orgId.commission(unit));

/**
 * Every obligation of the demo world for a period, under the structure in force on
 * its last day (design section 10): rule 1 at each local unit then in force, rule 2
 * from each committee to its parent's. Until 2025-06-30 three levels, after two.
 */
export function demoObligations(period: ReportingPeriod = DEMO_PERIODS[2], world: World = DEMO_WORLD): DemoObligation[] {
  const units = world.units().filter((unit) => covers(unit, period.endsOn));
  const obligations: DemoObligation[] = [];
  for (const unit of units) {
    if (unit.level !== 'CENTRAL') obligations.push(...unitSubmitters(unit, world));
  }
  for (const unit of units) {
    const parent = parentOf(unit);
    if (!parent) continue;
    obligations.push({ submitterType: 'PartyCommittee', submitterId: committeeOf(unit), unit, recipientUnit: parent, rule: 2 });
  }
  return obligations;
}

/**
 * Rule 4, the commissions' own line: each provincial and district commission to the
 * commission of its parent unit (commune committees have none), in every period,
 * the story quarters of 2024 included (their stories are of the other rules).
 */
export function demoCommissionObligations(period: ReportingPeriod, world: World = DEMO_WORLD): DemoObligation[] {
  return world
    .units()
    .filter((unit) => covers(unit, period.endsOn) && (unit.level === 'PROVINCIAL' || unit.level === 'DISTRICT'))
    .map((unit) => ({
      submitterType: 'MassMobilizationCommission',
      submitterId: commissionOf(unit),
      unit,
      recipientUnit: parentOf(unit)!,
      rule: 4,
    }));
}

/** A hand-crafted submission: when (Vietnam time), and whether it corrects the one before it. */
interface Submission {
  at: string | Date;
  correction?: boolean;
}

/**
 * The hand-crafted Q3 2024 stories (due 2024-10-10), by submitter; an empty list
 * means no report. Everything else follows `pick`. Expected statuses are listed in
 * index.ts and asserted in test/party.
 */
const STORIES_Q3: Record<string, Submission[]> = {
  // Province 60 (Bình Thuận), rule 1.
  'PCOM-60': [{ at: '2024-10-10T23:30:00+07:00' }], // the last half hour of the due date: on time
  'FU-60': [{ at: '2024-10-11T00:30:00+07:00' }], // half an hour into the next day: late
  'WU-60': [{ at: '2024-10-08T09:15:00+07:00' }, { at: '2024-10-15T10:00:00+07:00', correction: true }],
  'VA-60': [],
  'YU-60': [{ at: '2024-10-14T15:20:00+07:00' }],
  'POL-60': [{ at: '2024-10-09T16:00:00+07:00' }],
  'VFF-60': [{ at: '2024-10-03T09:00:00+07:00' }],
  'TU-60': [{ at: '2024-10-05T10:30:00+07:00' }],
  'MC-60': [{ at: '2024-10-07T08:45:00+07:00' }],
  'BG-60': [{ at: '2024-10-09T14:10:00+07:00' }],
  // Province 60, rule 2: the district committees.
  'PC-593': [{ at: '2024-10-04T08:30:00+07:00' }],
  'PC-594': [{ at: '2024-10-07T09:30:00+07:00' }],
  'PC-595': [{ at: '2024-10-08T10:00:00+07:00' }],
  'PC-596': [{ at: '2024-10-09T15:00:00+07:00' }],
  'PC-597': [{ at: '2024-10-08T14:00:00+07:00' }],
  'PC-598': [{ at: '2024-10-10T17:00:00+07:00' }],
  'PC-599': [],
  'PC-600': [{ at: '2024-10-06T08:00:00+07:00' }],
  'PC-601': [{ at: '2024-10-09T11:00:00+07:00' }],
  'PC-602': [{ at: '2024-10-12T09:00:00+07:00' }],
  // District 596 (Bắc Bình), rule 1.
  'PCOM-596': [{ at: '2024-10-07T09:00:00+07:00' }],
  'VFF-596': [{ at: '2024-10-08T10:00:00+07:00' }],
  'TU-596': [{ at: '2024-10-16T08:30:00+07:00' }],
  'FU-596': [{ at: '2024-10-09T14:00:00+07:00' }, { at: '2024-10-18T09:00:00+07:00', correction: true }],
  'WU-596': [{ at: '2024-10-10T16:45:00+07:00' }],
  'YU-596': [],
  'VA-596': [{ at: '2024-10-04T08:00:00+07:00' }],
  'MC-596': [{ at: '2024-10-09T10:15:00+07:00' }],
  'POL-596': [{ at: '2024-10-10T07:30:00+07:00' }],
  // District 596, rule 2: of its 18 communes, Phan Hòa is late, Bình Tân silent, Hồng Phong after the 20th.
  'PC-23035': [{ at: '2024-10-11T08:00:00+07:00' }],
  'PC-23047': [],
  'PC-23056': [{ at: '2024-10-22T09:00:00+07:00' }],
  // Commune 23035 (Phan Hòa), rule 1 (no Trade Union, no commission at commune level).
  'PCOM-23035': [{ at: '2024-10-09T10:00:00+07:00' }],
  'VFF-23035': [{ at: '2024-10-10T20:00:00+07:00' }],
  'FU-23035': [{ at: '2024-10-12T09:30:00+07:00' }],
  'WU-23035': [{ at: '2024-10-02T14:00:00+07:00' }],
  'YU-23035': [{ at: '2024-10-08T16:00:00+07:00' }],
  'VA-23035': [{ at: '2024-10-21T08:00:00+07:00' }],
  'MC-23035': [{ at: '2024-10-07T09:00:00+07:00' }],
  'POL-23035': [{ at: '2024-10-03T15:00:00+07:00' }],
};

/** The district whose communes all report Q3 on time, except the stories above, so that its totals are known. */
const STORY_DISTRICT = '596';

/** Urgent reports: never part of an obligation (rule 3). */
const URGENT: {
  submitterType: OrganizationTypeName;
  submitterId: string;
  unit: string;
  recipientUnit: string;
  at: string;
  title: string;
  summary: string;
}[] = [
  {
    submitterType: 'ArmedUnit',
    submitterId: 'POL-60',
    unit: '60',
    recipientUnit: '60',
    at: '2024-08-20T21:10:00+07:00',
    title: 'Báo cáo đột xuất tình hình tụ tập đông người liên quan đến bồi thường giải phóng mặt bằng cao tốc',
    summary:
      'Khoảng 40 hộ dân tụ tập tại trụ sở Ủy ban nhân dân xã để kiến nghị về đơn giá bồi thường; lực lượng công an đã phối hợp chính quyền đối thoại, tình hình đã ổn định.',
  },
  {
    submitterType: 'ArmedUnit',
    submitterId: 'POL-596',
    unit: '596',
    recipientUnit: '596',
    at: '2024-09-05T18:00:00+07:00',
    title: 'Báo cáo đột xuất về tình trạng thiếu nước sinh hoạt tại xã Phan Hòa',
    summary:
      'Nhiều hộ dân xã Phan Hòa phản ánh thiếu nước sinh hoạt kéo dài; đề nghị cấp ủy chỉ đạo các ngành khẩn trương cấp nước tạm thời.',
  },
  // The two-level era (rule 3): a commune's police to the commune committee (no commission to inform), the
  // province's People's Committee to the provincial committee, its commission informed.
  {
    submitterType: 'ArmedUnit',
    submitterId: 'POL-23005-2025',
    unit: '23005',
    recipientUnit: '23005',
    at: '2026-04-14T20:30:00+07:00',
    title: 'Báo cáo đột xuất về tình trạng thiếu nước sinh hoạt mùa khô năm 2026 tại các thôn của xã Bắc Bình',
    summary:
      'Các thôn thuộc xã Phan Hòa cũ tiếp tục thiếu nước sinh hoạt; nhân dân kiến nghị sớm hoàn thành tuyến ống cấp nước. Công an xã đã phối hợp Ủy ban nhân dân xã nắm tình hình, tư tưởng nhân dân ổn định.',
  },
  {
    submitterType: 'StateAgency',
    submitterId: 'PCOM-68-2025',
    unit: '68',
    recipientUnit: '68',
    at: '2026-09-22T16:00:00+07:00',
    title: 'Báo cáo đột xuất về việc một số hộ dân kiến nghị đơn giá bồi thường dự án cao tốc đoạn qua Hàm Thuận Nam cũ',
    summary:
      'Khoảng 20 hộ dân còn chưa đồng thuận với đơn giá bồi thường đất nông nghiệp; Ủy ban nhân dân tỉnh đã giao Sở Nông nghiệp và Môi trường phối hợp Ủy ban Mặt trận Tổ quốc tỉnh tổ chức đối thoại.',
  },
];

const C = STORIES.cases;
const hotSpot = (description: string, caseId: string | null = null) => ({ description, caseId });

/**
 * The content by section of the reports that tell the sources' hot spots (design
 * section 4): the expressway's site clearance, Phan Hòa's water, Tuy Phong's titanium
 * mining, Phan Thiết's Lê Duẩn road, each linked to its case. Keyed by submitter and
 * period label (or `urgent/<instant>`); every other report is its summary alone.
 */
const STORY_CONTENT: Record<string, ReportContent> = {
  'PCOM-60/2024-Q3': {
    peopleSituation:
      'Nhân dân phấn khởi với tiến độ dự án cao tốc Bắc – Nam đoạn qua tỉnh; một bộ phận hộ dân bị thu hồi đất còn băn khoăn về đơn giá bồi thường và vị trí tái định cư.',
    hotSpots: [
      hotSpot('Còn 37 hộ tại huyện Hàm Thuận Nam chưa đồng thuận với đơn giá bồi thường đất nông nghiệp.', C.expresswayHamThuanNam),
      hotSpot('Khoảng 1.200 hộ ở xã Phan Hòa, huyện Bắc Bình thiếu nước sinh hoạt mùa khô.', C.waterPhanHoa),
      hotSpot('Ô nhiễm môi trường do khai thác cát titan ở huyện Tuy Phong, nhân dân nhiều lần kiến nghị.', C.pollutionTuyPhong),
    ],
    results: [
      { field: 'ECONOMIC', text: 'Bàn giao mặt bằng cao tốc đúng tiến độ; hỗ trợ chuyển đổi nghề cho các hộ bị thu hồi đất.' },
      { field: 'POLITICAL_SYSTEM', text: 'Tổ chức 12 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân.' },
    ],
    proposals: 'Đề nghị Tỉnh ủy chỉ đạo điều chỉnh đơn giá bồi thường đất nông nghiệp sát giá thị trường.',
  },
  'PCOM-596/2024-Q3': {
    peopleSituation: 'Nhân dân các xã vùng khô hạn lo lắng về nguồn nước sinh hoạt và sản xuất.',
    hotSpots: [hotSpot('Các thôn của xã Phan Hòa thiếu nước sinh hoạt kéo dài, phải mua nước giá cao.', C.waterPhanHoa)],
    results: [{ field: 'CULTURAL_SOCIAL', text: 'Bố trí 2 xe bồn cấp nước miễn phí 3 ngày một lần cho các thôn thiếu nước.' }],
    proposals: 'Đề nghị tỉnh sớm đầu tư tuyến ống cấp nước cho xã Phan Hòa.',
  },
  'PCOM-593/2024-Q3': {
    peopleSituation: null,
    hotSpots: [hotSpot('Còn hộ dân chưa bàn giao mặt bằng dự án đường Lê Duẩn nối dài.', C.leDuanRoad)],
    results: [],
    proposals: null,
  },
  'POL-596/urgent/2024-09-05T18:00:00+07:00': {
    peopleSituation: 'Tư tưởng một bộ phận nhân dân bức xúc do thiếu nước kéo dài.',
    hotSpots: [hotSpot('Nhiều hộ dân xã Phan Hòa phản ánh thiếu nước sinh hoạt kéo dài.', C.waterPhanHoa)],
    results: [],
    proposals: 'Đề nghị cấp ủy chỉ đạo các ngành khẩn trương cấp nước tạm thời.',
  },
  'POL-60/urgent/2024-08-20T21:10:00+07:00': {
    peopleSituation: null,
    hotSpots: [hotSpot('Khoảng 40 hộ dân tụ tập tại trụ sở Ủy ban nhân dân xã kiến nghị về đơn giá bồi thường.', C.expresswayHamThuanNam)],
    results: [],
    proposals: null,
  },
  'POL-23005-2025/urgent/2026-04-14T20:30:00+07:00': {
    peopleSituation: 'Tư tưởng nhân dân ổn định; nhân dân mong sớm hoàn thành tuyến ống cấp nước.',
    hotSpots: [hotSpot('Các thôn thuộc xã Phan Hòa cũ tiếp tục thiếu nước sinh hoạt trong mùa khô.', C.waterPhanHoa)],
    results: [],
    proposals: null,
  },
  'PCOM-68-2025/urgent/2026-09-22T16:00:00+07:00': {
    peopleSituation: null,
    hotSpots: [
      hotSpot('Khoảng 20 hộ dân chưa đồng thuận với đơn giá bồi thường dự án cao tốc đoạn qua Hàm Thuận Nam cũ.', C.expresswayHamThuanNam),
    ],
    results: [],
    proposals: 'Đề nghị Tỉnh ủy chỉ đạo tổ chức đối thoại với các hộ dân.',
  },
  // Lâm Đồng's third quarter of 2026 (README example): the province's People's Committee and Front, Xã Bắc Bình's committee.
  'PCOM-68-2025/2026-Q3': {
    peopleSituation:
      'Nhân dân đồng tình với việc sắp xếp đơn vị hành chính hai cấp; một số thủ tục đất đai còn chậm do hồ sơ cấp huyện trước đây chưa bàn giao hết.',
    hotSpots: [
      hotSpot('Còn khoảng 20 hộ chưa đồng thuận với đơn giá bồi thường dự án cao tốc đoạn qua Hàm Thuận Nam cũ.', C.expresswayHamThuanNam),
      hotSpot('Thiếu nước sinh hoạt ở các thôn thuộc xã Phan Hòa cũ, xã Bắc Bình.', C.waterPhanHoa),
    ],
    results: [
      { field: 'ECONOMIC', text: 'Hoàn thành 85% khối lượng tuyến ống cấp nước cho xã Bắc Bình.' },
      { field: 'POLITICAL_SYSTEM', text: 'Trung tâm phục vụ hành chính công các xã tiếp nhận, giải quyết đúng hạn 96% hồ sơ.' },
    ],
    proposals: 'Đề nghị Tỉnh ủy chỉ đạo hoàn thành bàn giao, số hóa hồ sơ đất đai của cấp huyện trước đây trong quý IV.',
  },
  'VFF-68-2025/2026-Q3': {
    peopleSituation: 'Nhân dân tin tưởng vào chính quyền hai cấp; mong muốn thủ tục hành chính được giải quyết gần dân hơn.',
    hotSpots: [
      hotSpot('Khiếu nại về ô nhiễm do khai thác cát titan ở khu vực Tuy Phong cũ chưa được giải quyết dứt điểm.', C.pollutionTuyPhong),
    ],
    results: [
      { field: 'CULTURAL_SOCIAL', text: 'Vận động xây dựng 320 căn nhà cho hộ nghèo trong Chương trình xóa nhà tạm, nhà dột nát.' },
    ],
    proposals: null,
  },
};

const ROMAN = ['I', 'II', 'III', 'IV'];
/** How a report's title names its period: `quý III năm 2024`, `tháng 7 năm 2025`, `6 tháng đầu năm 2025`, `9 tháng năm 2025`, `năm 2025`. */
export function periodText(period: ReportingPeriod): string {
  switch (period.frequency) {
    case 'MONTHLY':
      return `tháng ${period.index} năm ${period.year}`;
    case 'QUARTERLY':
      return `quý ${ROMAN[period.index! - 1]} năm ${period.year}`;
    case 'SEMI_ANNUAL':
      return `6 tháng ${period.index === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
    case 'NINE_MONTHS':
      return `9 tháng năm ${period.year}`;
    case 'ANNUAL':
      return `năm ${period.year}`;
  }
}

export const RULE_1_SUMMARIES = [
  'Tổ chức tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước; phối hợp giải quyết kịp thời kiến nghị của nhân dân.',
  'Thực hiện phong trào thi đua "Dân vận khéo"; xây dựng và nhân rộng các mô hình dân vận khéo gắn với nhiệm vụ chính trị của đơn vị.',
  'Phối hợp nắm tình hình nhân dân, tham gia hòa giải ở cơ sở, vận động nhân dân tham gia xây dựng nông thôn mới và giữ gìn an ninh trật tự.',
  'Triển khai các hoạt động hỗ trợ hộ nghèo, gia đình chính sách; tham gia phòng, chống thiên tai và chăm lo đời sống nhân dân.',
];
export const RULE_2_SUMMARIES = [
  'Tình hình nhân dân cơ bản ổn định, tin tưởng vào sự lãnh đạo của Đảng; một số kiến nghị về đất đai, bồi thường, giải phóng mặt bằng đã được đối thoại, giải quyết.',
  'Nhân dân phấn khởi với kết quả phát triển kinh tế - xã hội; còn băn khoăn về giá cả vật tư nông nghiệp và việc làm của lao động trẻ.',
  'Công tác dân vận của hệ thống chính trị được triển khai đồng bộ; các cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân được duy trì.',
];

const at = (date: string, minutes: number) => {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return new Date(`${date}T${hh}:${mm}:00+07:00`);
};

/**
 * When the common pattern has the submitter report: mostly on time (up to nine days
 * before the due date, in office hours), about one in eight late, one in ten not at all.
 */
function patternSubmission(key: string, due: string): Date | null {
  const outcome = pick(key, 100);
  const minutes = 7 * 60 + pick(`${key}/time`, 10 * 60);
  if (outcome < 78) return at(addDays(due, -pick(`${key}/early`, 9)), minutes);
  if (outcome < 90) return at(addDays(due, 1 + pick(`${key}/late`, 8)), minutes);
  return null;
}

/**
 * The reports of the 2024 quarters the stories are told in (Q1 to Q3): every
 * obligation reports by the common pattern, with the hand-crafted Q3 stories, and the
 * urgent reports. Every other period's reports are `insertPatternReports`'s.
 */
export function reportRows(): ReportRow[] {
  const rows: ReportRow[] = [];
  const corrections: ReportRow[] = [];
  for (const period of DEMO_PERIODS) {
    const due = dueDate(period, DEFAULT_DUE_DAYS);
    for (const obligation of demoObligations(period)) {
      const key = `report/${obligation.submitterId}/${period.label}`;
      const story = period.label === Q3 ? STORIES_Q3[obligation.submitterId] : undefined;
      // District 596's communes are part of its story: all on time unless told otherwise above.
      const storyCommune = period.label === Q3 && obligation.rule === 2 && obligation.recipientUnit.code === STORY_DISTRICT;
      const submissions: Submission[] =
        story ??
        (storyCommune
          ? [{ at: at(addDays(due, -1 - pick(`${key}/early`, 8)), 8 * 60 + pick(`${key}/time`, 8 * 60)).toISOString() }]
          : [patternSubmission(key, due)].filter((d): d is Date => d !== null).map((d) => ({ at: d })));
      let previous: ReportRow | null = null;
      let original: ReportRow | null = null;
      for (const submission of submissions) {
        const title =
          obligation.rule === 1
            ? `Báo cáo kết quả công tác dân vận ${periodText(period)}`
            : `Báo cáo tình hình nhân dân và công tác dân vận ${periodText(period)}`;
        const summaries = obligation.rule === 1 ? RULE_1_SUMMARIES : RULE_2_SUMMARIES;
        const summary = summaries[pick(`${key}/summary`, summaries.length)];
        const row: ReportRow = {
          id: demoId(`${key}${submission.correction ? '/correction' : ''}`),
          kind: 'PERIODIC',
          periodYear: period.year,
          periodFrequency: period.frequency,
          periodIndex: period.index,
          submitterType: obligation.submitterType,
          submitterId: obligation.submitterId,
          submitterUnitCode: obligation.unit.code,
          submitterUnitPath: obligation.unit.path,
          recipientId: committeeOf(obligation.recipientUnit),
          // Commune committees have no commission to copy.
          copyToId: obligation.recipientUnit.level === 'COMMUNE' ? null : commissionOf(obligation.recipientUnit),
          recipientCommissionId: null,
          content: submission.correction ? null : (STORY_CONTENT[`${obligation.submitterId}/${period.label}`] ?? null),
          title: submission.correction ? `${title} (bổ sung, điều chỉnh)` : title,
          summary: submission.correction ? `Điều chỉnh số liệu và bổ sung kết quả so với báo cáo đã gửi. ${summary}` : summary,
          submittedAt: typeof submission.at === 'string' ? new Date(submission.at) : submission.at,
          correctsId: submission.correction ? previous!.id : null,
          originalId: submission.correction ? original!.id : null,
          classification: 'PUBLIC',
        };
        // Corrections go last, after the reports they point at.
        (submission.correction ? corrections : rows).push(row);
        previous = row;
        original ??= row;
      }
    }
  }
  for (const urgent of URGENT) {
    // Their units as they stood when the report was sent.
    const day = urgent.at.slice(0, 10);
    const unit = demoUnits().find((u) => u.code === urgent.unit && covers(u, day))!;
    const recipient = demoUnits().find((u) => u.code === urgent.recipientUnit && covers(u, day))!;
    rows.push({
      id: demoId(`report/${urgent.submitterId}/urgent/${urgent.at}`),
      kind: 'URGENT',
      periodYear: null,
      periodFrequency: null,
      periodIndex: null,
      submitterType: urgent.submitterType,
      submitterId: urgent.submitterId,
      submitterUnitCode: unit.code,
      submitterUnitPath: unit.path,
      recipientId: committeeOf(recipient),
      copyToId: recipient.level === 'COMMUNE' ? null : commissionOf(recipient),
      recipientCommissionId: null,
      content: STORY_CONTENT[`${urgent.submitterId}/urgent/${urgent.at}`] ?? null,
      title: urgent.title,
      summary: urgent.summary,
      submittedAt: new Date(urgent.at),
      correctsId: null,
      originalId: null,
      classification: 'PUBLIC',
    });
  }
  return [...rows, ...corrections];
}

/** Ids of the story reports the tests look up. */
export const STORY_REPORT_IDS = {
  wu60Original: demoId(`report/WU-60/${Q3}`),
  wu60Correction: demoId(`report/WU-60/${Q3}/correction`),
  fu596Correction: demoId(`report/FU-596/${Q3}/correction`),
  pol60Urgent: demoId('report/POL-60/urgent/2024-08-20T21:10:00+07:00'),
};

/** The unit path whose guidance binds a recipient in the demo: its province's, or the nation's. */
function guidanceScope(path: string): string {
  return /^\/VN\/[^/]+\//.exec(path)?.[0] ?? path;
}

/**
 * The reports of every other period of `demoPeriods` (all five frequencies from January
 * 2024 to the seed date, under the structure of each period's last day): several
 * hundred thousand rows, so PostgreSQL makes them in one statement from the
 * obligations of each era and the periods, instead of Node sending them (design
 * section 10 asks for bulk seeding). Only the periods the guidance at each recipient
 * owes, due when it says (`demoGuidance`: the Central one from 2025, Lâm Đồng's from
 * 2026; the demo's guidance is set at the centre and by provinces, so the recipient's
 * province decides). The same pattern as `patternSubmission`, drawn
 * from an md5 of the submitter and the period: 78 in 100 on time (up to eight days
 * before the due date, in office hours), 12 late (one to eight days after), 10 never.
 * Ids are deterministic (md5 as a UUID), so a second seeding adds nothing.
 */
export async function insertPatternReports(manager: EntityManager): Promise<void> {
  const periods = demoPeriods();
  const isStory = (period: ReportingPeriod) => DEMO_PERIODS.some((story) => story.label === period.label);
  const eraOf = (period: ReportingPeriod) => (period.endsOn <= LAST_THREE_LEVEL_DAY ? 1 : 2);
  const obligations = [1, 2].flatMap((era) => {
    const sample = periods.find((period) => eraOf(period) === era);
    return sample
      ? [...demoObligations(sample), ...demoCommissionObligations(sample)].map((obligation) => ({
          era,
          scope: guidanceScope(obligation.recipientUnit.path),
          ...obligation,
        }))
      : [];
  });
  const guidance = demoGuidance();
  const scopes = [...new Set(obligations.map((o) => o.scope))];
  const owed = periods.flatMap((period) =>
    scopes.flatMap((scope) => {
      const applied = guidanceFor(guidance, scope, period);
      return owes(applied, period) ? [{ period, scope, due: dueOn(applied, period), story: isStory(period) }] : [];
    }),
  );
  await manager.query(
    `INSERT INTO report (id, kind, period_year, period_frequency, period_index, submitter_type, submitter_id,
                         submitter_unit_code, submitter_unit_path, recipient_id, copy_to_id, recipient_commission_id, title, summary,
                         submitted_at, corrects_id, original_id, classification)
     SELECT md5('dan-van-graph/report/' || o.id || '/' || p.label)::uuid::text, 'PERIODIC', p.year, p.frequency, p.index,
            o.type, o.id, o.unit_code, o.unit_path, o.recipient, o.copy_to, o.recipient_commission,
            CASE o.rule WHEN 1 THEN 'Báo cáo kết quả công tác dân vận '
                        WHEN 4 THEN 'Báo cáo kết quả công tác của Ban Tuyên giáo và Dân vận '
                        ELSE 'Báo cáo tình hình nhân dân và công tác dân vận ' END || p.text,
            CASE o.rule WHEN 2 THEN ($17::text[])[1 + d.summary % cardinality($17::text[])]
                        ELSE ($16::text[])[1 + d.summary % cardinality($16::text[])] END,
            (p.due::text || 'T00:00:00+07:00')::timestamptz
              + make_interval(days => CASE WHEN d.outcome < 78 THEN -d.early ELSE 1 + d.late END, mins => 7 * 60 + d.minute),
            NULL, NULL, 'PUBLIC'
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $18::text[], $20::text[])
              AS o(era, type, id, unit_code, unit_path, recipient, copy_to, rule, scope, recipient_commission)
       JOIN unnest($9::int[], $10::int[], $11::text[], $12::int[], $13::text[], $14::text[], $15::date[], $19::text[], $21::boolean[])
              AS p(era, year, frequency, index, label, text, due, scope, story) ON p.era = o.era AND p.scope = o.scope
                -- The story quarters' reports of rules 1 and 2 are hand-made (reportRows).
                AND (o.rule = 4 OR NOT p.story)
       CROSS JOIN LATERAL (
         SELECT (get_byte(h, 0) * 256 + get_byte(h, 1)) % 100 AS outcome,
                (get_byte(h, 2) * 256 + get_byte(h, 3)) % 600 AS minute,
                get_byte(h, 4) % 9 AS early,
                get_byte(h, 5) % 8 AS late,
                get_byte(h, 6) AS summary
           FROM decode(md5(o.id || '/' || p.label), 'hex') AS h
       ) d
      WHERE d.outcome < 90
     ON CONFLICT DO NOTHING`,
    [
      obligations.map((o) => o.era),
      obligations.map((o) => o.submitterType),
      obligations.map((o) => o.submitterId),
      obligations.map((o) => o.unit.code),
      obligations.map((o) => o.unit.path),
      obligations.map((o) => committeeOf(o.recipientUnit)),
      // Rule 4 goes to the commission itself, no copy; commune committees have no commission to copy.
      obligations.map((o) => (o.rule === 4 || o.recipientUnit.level === 'COMMUNE' ? null : commissionOf(o.recipientUnit))),
      obligations.map((o) => o.rule),
      owed.map(({ period }) => eraOf(period)),
      owed.map(({ period }) => period.year),
      owed.map(({ period }) => period.frequency),
      owed.map(({ period }) => period.index),
      owed.map(({ period }) => period.label),
      owed.map(({ period }) => periodText(period)),
      owed.map(({ due }) => due),
      RULE_1_SUMMARIES,
      RULE_2_SUMMARIES,
      obligations.map((o) => o.scope),
      owed.map(({ scope }) => scope),
      obligations.map((o) => (o.rule === 4 ? commissionOf(o.recipientUnit) : null)),
      owed.map(({ story }) => story),
    ],
  );
  // The content of the pattern's reports that tell a story (the hand-made ones carry theirs): by their md5 ids.
  const patterned = Object.entries(STORY_CONTENT).filter(
    ([key]) => !key.includes('/urgent/') && !DEMO_PERIODS.some((p) => key.endsWith(`/${p.label}`)),
  );
  await manager.query(
    `UPDATE report r SET content = c.content::jsonb
       FROM unnest($1::text[], $2::text[]) AS c(key, content)
      WHERE r.id = md5('dan-van-graph/report/' || c.key)::uuid::text`,
    [patterned.map(([key]) => key), patterned.map(([, content]) => JSON.stringify(content))],
  );
}
