import { demoId, demoUnits, orgId, pick } from '../demo';
import { demoPublishedOrganizations } from '../organizations';
import { owesUnitReport } from '../../subgraphs/party/reporting/regime';
import type { OrganizationTypeName, ReferenceUnit } from '../../lib';
import type { ReportEntity } from '../../subgraphs/party/entities';
import { addDays, dueDate, DEFAULT_DUE_DAYS, describePeriod, ReportingPeriod } from '../../subgraphs/party/reporting/periods';

export type ReportRow = ReportEntity;

/** The periods the demo has reports for: the first three quarters of 2024. */
export const DEMO_PERIODS: ReportingPeriod[] = [1, 2, 3].map((index) => describePeriod({ year: 2024, frequency: 'QUARTERLY', index }));

const Q3 = '2024-Q3';

/** One organization's duty towards one committee, by the id conventions of `seed/demo.ts`. */
interface DemoObligation {
  submitterType: OrganizationTypeName;
  submitterId: string;
  /** The submitter's unit. */
  unit: ReferenceUnit;
  recipientUnit: ReferenceUnit;
  rule: 1 | 2;
}

/**
 * Rule 1 submitters of a unit: of the other families' demo organizations of the unit,
 * as their seeders make them, those the regime binds (`owesUnitReport`), the same rule
 * the party applies to the owners' lists.
 */
function unitSubmitters(unit: ReferenceUnit): DemoObligation[] {
  return (demoPublishedOrganizations().get(unit.code) ?? [])
    .filter((organization) => owesUnitReport(organization, unit.level))
    .map((organization) => ({
      submitterType: organization.type,
      submitterId: organization.id,
      unit,
      recipientUnit: unit,
      rule: 1 as const,
    }));
}

/** Every obligation of the demo world: rule 1 at each local unit, rule 2 from each committee to its parent's. */
export function demoObligations(): DemoObligation[] {
  const units = demoUnits();
  const byCode = new Map(units.map((u) => [u.code, u]));
  const obligations: DemoObligation[] = [];
  for (const unit of units) {
    if (unit.level !== 'CENTRAL') obligations.push(...unitSubmitters(unit));
  }
  for (const unit of units) {
    if (!unit.parentCode) continue;
    obligations.push({
      submitterType: 'PartyCommittee',
      submitterId: orgId.partyCommittee(unit.code),
      unit,
      recipientUnit: byCode.get(unit.parentCode)!,
      rule: 2,
    });
  }
  return obligations;
}

/** A hand-crafted submission: when (Vietnam time), and whether it corrects the one before it. */
interface Submission {
  at: string;
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
];

const ROMAN = ['I', 'II', 'III', 'IV'];
const periodText = (period: ReportingPeriod) => `quý ${ROMAN[period.index! - 1]} năm ${period.year}`;

const RULE_1_SUMMARIES = [
  'Tổ chức tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước; phối hợp giải quyết kịp thời kiến nghị của nhân dân.',
  'Thực hiện phong trào thi đua "Dân vận khéo"; xây dựng và nhân rộng các mô hình dân vận khéo gắn với nhiệm vụ chính trị của đơn vị.',
  'Phối hợp nắm tình hình nhân dân, tham gia hòa giải ở cơ sở, vận động nhân dân tham gia xây dựng nông thôn mới và giữ gìn an ninh trật tự.',
  'Triển khai các hoạt động hỗ trợ hộ nghèo, gia đình chính sách; tham gia phòng, chống thiên tai và chăm lo đời sống nhân dân.',
];
const RULE_2_SUMMARIES = [
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

/** Every report of the demo: the common pattern for Q1-Q3 2024, with the hand-crafted Q3 stories. */
export function reportRows(): ReportRow[] {
  const rows: ReportRow[] = [];
  const corrections: ReportRow[] = [];
  for (const period of DEMO_PERIODS) {
    const due = dueDate(period, DEFAULT_DUE_DAYS);
    for (const obligation of demoObligations()) {
      const key = `report/${obligation.submitterId}/${period.label}`;
      const story = period.label === Q3 ? STORIES_Q3[obligation.submitterId] : undefined;
      // District 596's communes are part of its story: all on time unless told otherwise above.
      const storyCommune = period.label === Q3 && obligation.rule === 2 && obligation.recipientUnit.code === STORY_DISTRICT;
      const submissions: Submission[] =
        story ??
        (storyCommune
          ? [{ at: at(addDays(due, -1 - pick(`${key}/early`, 8)), 8 * 60 + pick(`${key}/time`, 8 * 60)).toISOString() }]
          : [patternSubmission(key, due)].filter((d): d is Date => d !== null).map((d) => ({ at: d.toISOString() })));
      let previous: ReportRow | null = null;
      let original: ReportRow | null = null;
      for (const submission of submissions) {
        const title =
          obligation.rule === 1
            ? `Báo cáo kết quả công tác dân vận ${periodText(period)}`
            : `Báo cáo tình hình nhân dân và công tác dân vận ${periodText(period)}`;
        const summaries = obligation.rule === 1 ? RULE_1_SUMMARIES : RULE_2_SUMMARIES;
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
          recipientId: orgId.partyCommittee(obligation.recipientUnit.code),
          // Commune committees have no commission to copy.
          copyToId: obligation.recipientUnit.level === 'COMMUNE' ? null : orgId.commission(obligation.recipientUnit.code),
          title: submission.correction ? `${title} (bổ sung, điều chỉnh)` : title,
          summary: submission.correction
            ? `Điều chỉnh số liệu và bổ sung kết quả so với báo cáo đã gửi. ${summaries[pick(`${key}/summary`, summaries.length)]}`
            : summaries[pick(`${key}/summary`, summaries.length)],
          submittedAt: new Date(submission.at),
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
    const unit = demoUnits().find((u) => u.code === urgent.unit)!;
    const recipient = demoUnits().find((u) => u.code === urgent.recipientUnit)!;
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
      recipientId: orgId.partyCommittee(recipient.code),
      copyToId: recipient.level === 'COMMUNE' ? null : orgId.commission(recipient.code),
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
