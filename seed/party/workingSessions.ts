import { addDays, demoId, FrontPrefix, orgId, pick, picks, SEED_DATE, STORIES, THREE_LEVEL_PROVINCES, TWO_LEVEL_PROVINCES } from '../demo';
import { LAST_THREE_LEVEL_DAY, referenceUnit, TWO_LEVEL_FIRST_DAY, type OrganizationTypeName, type ReferenceUnit } from '../../lib';
import type { WorkingSessionCaseEntity, WorkingSessionEntity, WorkingSessionParticipantEntity } from '../../subgraphs/party/entities';
import { COMMISSIONS_MERGED_ON, committeeName } from './organizations';

export type SessionRow = Omit<WorkingSessionEntity, 'version'>;
export type SessionParticipantRow = WorkingSessionParticipantEntity;
export type SessionCaseRow = WorkingSessionCaseEntity;

/**
 * The committees' working sessions (Decision 23-QĐ/TW, chapter 3, item 8: party
 * committees periodically work with the commission, the Fatherland Front, the
 * socio-political organizations and the relevant agencies of the same level "to grasp
 * the people's situation, thoughts and aspirations"). The demo holds one a quarter:
 * - for each province's committee of the three-level era, 2024-Q1 to 2025-Q2 (7 × 6),
 *   and for the districts of the story cases (Phan Thiết, Tuy Phong, Bắc Bình, Hàm
 *   Thuận Nam in Bình Thuận; Cẩm Giàng in Hải Dương), which ended on 2025-06-30 (5 × 6);
 * - for each province's committee formed on 2025-07-01, 2025-Q3 up to the seed date's
 *   quarter (3 × 6).
 * Each is held in the middle month of its quarter (so the seed date's quarter has its
 * session by then), with the unit's commission, Front committee, People's Committee
 * and two or three socio-political organizations, about the topics of its time and
 * the story cases of its unit where the sources tell of them. Gia Lai's session of
 * 2024-Q3 on the Chư Prông matter is RESTRICTED, like the case it discussed.
 */

/** A quarter of a year. */
interface Quarter {
  year: number;
  index: 1 | 2 | 3 | 4;
}

/** The quarters from `first` up to the one holding `lastDay`. */
function quarters(first: Quarter, lastDay: string): Quarter[] {
  const out: Quarter[] = [];
  for (let { year, index } = first; `${year}-${String(index * 3 - 2).padStart(2, '0')}-01` <= lastDay;) {
    out.push({ year, index });
    [year, index] = index === 4 ? [year + 1, 1] : [year, (index + 1) as Quarter['index']];
  }
  return out;
}

/** A story case discussed by the sessions of some units in some quarters, with the topic it was discussed under. */
interface StoryTopic {
  caseId: string;
  topic: string;
  conclusion: string;
  /** The committees whose sessions discussed it, by unit code and era, and the quarters (`2024-Q2`). */
  where: { units: string[]; era: Era; quarters: string[] }[];
}

type Era = 'three-level' | 'two-level';

const STORY_TOPICS: StoryTopic[] = [
  {
    caseId: STORIES.cases.waterPhanHoa,
    topic: 'Tình trạng thiếu nước sinh hoạt của Nhân dân xã Phan Hòa trong mùa khô, nguồn nước giếng bị nhiễm mặn',
    conclusion:
      'Ủy ban nhân dân huyện tổ chức chở nước hỗ trợ các thôn thiếu nước, đẩy nhanh tiến độ mở rộng tuyến ống cấp nước tập trung; ' +
      'Mặt trận và các đoàn thể vận động Nhân dân sử dụng nước tiết kiệm, kịp thời phản ánh những khó khăn phát sinh.',
    where: [
      { units: ['596'], era: 'three-level', quarters: ['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'] },
      { units: ['60'], era: 'three-level', quarters: ['2024-Q2'] },
      { units: ['68'], era: 'two-level', quarters: ['2025-Q3', '2026-Q2'] },
    ],
  },
  {
    caseId: STORIES.cases.expresswayHamThuanNam,
    topic: 'Bồi thường, giải phóng mặt bằng và tái định cư Dự án đường bộ cao tốc Bắc - Nam qua huyện Hàm Thuận Nam',
    conclusion:
      'Tiếp tục đối thoại với các hộ chưa đồng thuận về đơn giá bồi thường đất nông nghiệp và vị trí khu tái định cư; ' +
      'Mặt trận, các đoàn thể phân công cán bộ bám địa bàn, vận động Nhân dân bàn giao mặt bằng đúng tiến độ.',
    where: [
      { units: ['598'], era: 'three-level', quarters: ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'] },
      { units: ['60'], era: 'three-level', quarters: ['2024-Q1', '2024-Q3', '2025-Q1'] },
      { units: ['68'], era: 'two-level', quarters: ['2025-Q4'] },
    ],
  },
  {
    caseId: STORIES.cases.leDuanRoad,
    topic: 'Khó khăn, vướng mắc của các hộ dân thuộc Dự án đường Lê Duẩn, thành phố Phan Thiết',
    conclusion:
      'Rà soát từng hồ sơ tồn đọng về bồi thường, hỗ trợ và bố trí tái định cư; đề xuất hướng giải quyết dứt điểm, công khai kết quả với Nhân dân.',
    where: [
      { units: ['593'], era: 'three-level', quarters: ['2024-Q1', '2024-Q3', '2025-Q1'] },
      { units: ['60'], era: 'three-level', quarters: ['2024-Q4'] },
    ],
  },
  {
    caseId: STORIES.cases.pollutionTuyPhong,
    topic: 'Phản ánh của Nhân dân về ô nhiễm môi trường từ hoạt động khai thác, tuyển quặng titan',
    conclusion:
      'Đề nghị cơ quan chuyên môn kiểm tra, xử lý nghiêm vi phạm, yêu cầu doanh nghiệp hoàn nguyên môi trường; ' +
      'Mặt trận tổ chức giám sát việc thực hiện và thông tin kết quả cho Nhân dân.',
    where: [
      { units: ['595'], era: 'three-level', quarters: ['2024-Q3', '2024-Q4', '2025-Q1'] },
      { units: ['60'], era: 'three-level', quarters: ['2024-Q3'] },
    ],
  },
  {
    caseId: STORIES.cases.landCamGiang,
    topic: 'Kiến nghị của các hộ dân về đơn giá bồi thường và hỗ trợ chuyển đổi nghề khi mở rộng khu công nghiệp',
    conclusion:
      'Tổng hợp đầy đủ kiến nghị, báo cáo Ủy ban nhân dân tỉnh xem xét theo thẩm quyền; vận động các hộ chấp hành quyết định thu hồi đất.',
    where: [
      // Closed on 2024-11-15.
      { units: ['295'], era: 'three-level', quarters: ['2024-Q1', '2024-Q2', '2024-Q3'] },
      { units: ['30'], era: 'three-level', quarters: ['2024-Q2'] },
    ],
  },
  {
    caseId: STORIES.cases.restrictedChuProng,
    topic: 'Tình hình tư tưởng trong vùng đồng bào dân tộc thiểu số và hoạt động tôn giáo trên địa bàn huyện biên giới Chư Prông',
    conclusion:
      'Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số và chức sắc tôn giáo; phối hợp vận động quần chúng, ' +
      'giữ vững an ninh chính trị, trật tự an toàn xã hội, không để phát sinh "điểm nóng".',
    where: [{ units: ['64'], era: 'three-level', quarters: ['2024-Q3'] }],
  },
];

/** The sessions that discussed a RESTRICTED case are RESTRICTED too. */
const RESTRICTED_CASES = new Set<string>([STORIES.cases.restrictedChuProng]);

/** The regime's standing topic: what the regulation asks these sessions for. */
export const SITUATION = 'Nắm tình hình tư tưởng, tâm trạng, nguyện vọng của Nhân dân và những vấn đề bức xúc, nổi cộm ở cơ sở';

/** Topics every session may take up, from the sources; each session takes one or two of them. */
export const RECURRING = [
  'Kết quả thực hiện Quy chế công tác dân vận của hệ thống chính trị (Quyết định số 23-QĐ/TW)',
  'Phong trào thi đua "Dân vận khéo": xây dựng, nhân rộng các mô hình, điển hình',
  'Công tác giám sát, phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội (Quyết định số 217-QĐ/TW, 218-QĐ/TW)',
  'Đời sống, việc làm của đoàn viên, hội viên và người lao động',
  'Công tác dân vận trong vùng đồng bào dân tộc thiểu số và đồng bào có đạo',
  'Tiếp nhận, giải quyết đơn thư, kiến nghị của Nhân dân; tiếp xúc, đối thoại trực tiếp với Nhân dân',
  'Vận động Nhân dân tham gia xây dựng nông thôn mới, đô thị văn minh',
  'Phòng, chống thiên tai, hạn hán, xâm nhập mặn; bảo đảm an sinh xã hội cho hộ nghèo, hộ khó khăn',
];

/** Topics of their time, by quarter (`2025-Q2`). */
export const OF_THE_TIME: Record<string, string> = {
  '2024-Q2': 'Sơ kết công tác dân vận 6 tháng đầu năm 2024, nhiệm vụ 6 tháng cuối năm',
  '2024-Q4': 'Tổng kết công tác dân vận năm 2024, phương hướng, nhiệm vụ năm 2025',
  '2025-Q1': 'Tình hình tư tưởng của cán bộ, đảng viên và Nhân dân trước việc sắp xếp đơn vị hành chính, kết thúc hoạt động của cấp huyện',
  '2025-Q2': 'Công tác chuẩn bị Đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; tâm tư của cán bộ, công chức khi sắp xếp tổ chức bộ máy',
  '2025-Q3': 'Tình hình Nhân dân sau khi sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp từ ngày 01/7/2025',
  '2025-Q4': 'Tổng kết công tác dân vận năm 2025; giải quyết thủ tục hành chính cho Nhân dân tại các xã, phường mới',
  '2026-Q1':
    'Tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031',
  '2026-Q2': 'Sơ kết công tác dân vận 6 tháng đầu năm 2026, nhiệm vụ 6 tháng cuối năm',
  '2026-Q4': 'Tổng kết công tác dân vận năm 2026, phương hướng, nhiệm vụ năm 2027',
};

/** The socio-political organizations a session may invite besides the Front committee: two or three of them. */
export const UNIONS: FrontPrefix[] = ['TU', 'FU', 'WU', 'YU', 'VA'];

const label = ({ year, index }: Quarter) => `${year}-Q${index}`;

/** A committee's unit version and era, and the first quarter it holds sessions in. */
interface Holder {
  unit: ReferenceUnit;
  era: Era;
  first: Quarter;
  lastDay: string;
}

function holders(): Holder[] {
  const threeLevel = (code: string): Holder => ({
    unit: referenceUnit(code, LAST_THREE_LEVEL_DAY)!,
    era: 'three-level',
    first: { year: 2024, index: 1 },
    lastDay: LAST_THREE_LEVEL_DAY,
  });
  return [
    ...THREE_LEVEL_PROVINCES.map(threeLevel),
    ...['593', '595', '596', '598', '295'].map(threeLevel),
    ...TWO_LEVEL_PROVINCES.map((code) => ({
      unit: referenceUnit(code, TWO_LEVEL_FIRST_DAY)!,
      era: 'two-level' as const,
      first: { year: 2025, index: 3 as const },
      lastDay: SEED_DATE,
    })),
  ];
}

/** The organizations of a unit version a committee works with: commission, Front committee, People's Committee, then some unions. */
function participantsOf(unit: ReferenceUnit, key: string): { type: OrganizationTypeName; id: string }[] {
  const [start, count] = picks(`${key}/unions`, [UNIONS.length, 2]);
  const unions = Array.from({ length: 2 + count }, (_, i) => UNIONS[(start + i) % UNIONS.length]);
  return [
    { type: 'MassMobilizationCommission', id: orgId.commission(unit) },
    { type: 'FrontOrganization', id: orgId.front('VFF', unit) },
    { type: 'StateAgency', id: orgId.peoplesCommittee(unit) },
    ...UNIONS.filter((prefix) => unions.includes(prefix)).map((prefix) => ({
      type: 'FrontOrganization' as const,
      id: orgId.front(prefix, unit),
    })),
  ];
}

/** Every session of the demo, with its participants and cases. */
export function workingSessionRows(): { sessions: SessionRow[]; participants: SessionParticipantRow[]; cases: SessionCaseRow[] } {
  const sessions: SessionRow[] = [];
  const participants: SessionParticipantRow[] = [];
  const cases: SessionCaseRow[] = [];
  for (const { unit, era, first, lastDay } of holders()) {
    const committeeId = orgId.partyCommittee(unit);
    for (const quarter of quarters(first, lastDay)) {
      const key = `working-session/${committeeId}/${label(quarter)}`;
      const id = demoId(key);
      const [day, firstRecurring, recurringCount] = picks(key, [20, RECURRING.length, 2]);
      // The middle month of the quarter, from the 5th to the 24th.
      const heldOn = addDays(`${quarter.year}-${String(quarter.index * 3 - 1).padStart(2, '0')}-05`, day);
      const stories = STORY_TOPICS.filter((story) =>
        story.where.some((w) => w.era === era && w.units.includes(unit.code) && w.quarters.includes(label(quarter))),
      );
      const recurring = Array.from({ length: 1 + recurringCount }, (_, i) => RECURRING[(firstRecurring + i * 3) % RECURRING.length]);
      const ofTheTime = OF_THE_TIME[label(quarter)];
      sessions.push({
        id,
        committeeId,
        heldOn,
        unitCode: unit.code,
        unitPath: unit.path,
        topics: [SITUATION, ...(ofTheTime ? [ofTheTime] : []), ...stories.map((s) => s.topic), ...recurring],
        conclusions: conclusionsOf(unit, quarter, heldOn, stories, pick(`${key}/conclusion`, CLOSINGS.length)),
        classification: stories.some((s) => RESTRICTED_CASES.has(s.caseId)) ? 'RESTRICTED' : 'PUBLIC',
      });
      participantsOf(unit, key).forEach((p, position) =>
        participants.push({ sessionId: id, organizationType: p.type, organizationId: p.id, position }),
      );
      stories.forEach((story, position) => cases.push({ sessionId: id, caseId: story.caseId, position }));
    }
  }
  return { sessions, participants, cases };
}

/** How the committee closes its conclusions: one of these, after what it concluded on each story; `commission` as it was named on the day. */
export const CLOSINGS: ((commission: string) => string)[] = [
  (commission) =>
    `${commission} chủ trì, phối hợp với Mặt trận Tổ quốc và các đoàn thể tăng cường nắm tình hình Nhân dân, kịp thời báo cáo cấp ủy những vấn đề mới phát sinh.`,
  () =>
    'Các cơ quan, đơn vị tiếp tục đổi mới nội dung, phương thức công tác dân vận, hướng mạnh về cơ sở; cán bộ, đảng viên gương mẫu, gần dân, sát dân.',
  () =>
    'Chính quyền tập trung giải quyết dứt điểm các kiến nghị chính đáng của Nhân dân, không để hình thành "điểm nóng"; Mặt trận và các đoàn thể giám sát việc thực hiện.',
];

function conclusionsOf(unit: ReferenceUnit, quarter: Quarter, heldOn: string, stories: readonly StoryTopic[], closing: number): string {
  const opening = `${committeeName(unit)} ghi nhận kết quả công tác dân vận quý ${quarter.index}/${quarter.year} của hệ thống chính trị.`;
  // The commissions merged with the Propaganda Commissions in 2025 (seed/party/organizations.ts).
  const commission = heldOn < COMMISSIONS_MERGED_ON.local ? 'Ban Dân vận' : 'Ban Tuyên giáo và Dân vận';
  return [opening, ...stories.map((s) => s.conclusion), CLOSINGS[closing](commission)].join(' ');
}
