import { covers, FREQUENCIES, LAST_THREE_LEVEL_DAY, type OrganizationTypeName, type ReferenceUnit } from '../../lib';
import {
  CoordinationProgramEntity,
  MassMobilizationCommissionEntity,
  MobilizationModelEntity,
  PartyCommitteeEntity,
  PartyDocumentEntity,
  ProgramParticipantEntity,
  ProgramReviewEntity,
  ReportEntity,
  WorkingSessionCaseEntity,
  WorkingSessionEntity,
  WorkingSessionParticipantEntity,
} from '../../subgraphs/party/entities';
import { dueOn, guidanceFor, owes, type StoredGuidance } from '../../subgraphs/party/reporting/guidance';
import { periodsEndingIn, type ReportingPeriod } from '../../subgraphs/party/reporting/periods';
import { CENTRAL, inName, orgId, type World } from '../demo';
import { documentRows } from '../party/documents';
import { demoGuidance, storeDemoGuidance } from '../party/guidance';
import { OWNERS, TEMPLATES } from '../party/models';
import { participantRows, programRows, reviewRows } from '../party/programs';
import { commissionRows, committeeName, committeeRows, COMMISSIONS_MERGED_ON } from '../party/organizations';
import {
  commissionOf,
  committeeOf,
  demoCommissionObligations,
  demoObligations,
  periodText,
  RULE_1_SUMMARIES,
  RULE_2_SUMMARIES,
  type DemoObligation,
} from '../party/reports';
import { CLOSINGS, OF_THE_TIME, RECURRING, SITUATION, UNIONS } from '../party/workingSessions';
import { countFor, daysOf, table, type Context, type FamilyLoad } from './context';
import { random, type Random } from './random';
import { casesByUnit } from './state';

/**
 * The party's part of the national data: a committee at every unit and a commission
 * above the communes (the demo's row functions over the national world), the Central
 * Commission's guidance from 2025-01-01 (stored through the product, as the demo's
 * is), periodic reports for every obligation of every period due by the run's last day
 * under the guidance then in force (millions of rows), Skilled Mass Mobilization
 * models, and the committees' quarterly working sessions.
 */

/** The national guidance: the Central Commission's (the demo's provincial guidance for Lâm Đồng is one of its stories). */
export function nationalGuidance(): StoredGuidance[] {
  return demoGuidance().filter((g) => g.commissionId === CENTRAL.commission);
}

/** Every period owed by the guidance that ends in the run and is due by its last day, with its due date, oldest first. */
export function owedPeriods(context: Context): { period: ReportingPeriod; due: string }[] {
  const guidance = nationalGuidance();
  return FREQUENCIES.flatMap((frequency) => periodsEndingIn(frequency, context.from, context.to))
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn) || FREQUENCIES.indexOf(a.frequency) - FREQUENCIES.indexOf(b.frequency))
    .flatMap((period) => {
      const applied = guidanceFor(guidance, '/VN/', period);
      const due = dueOn(applied, period);
      return owes(applied, period) && due <= context.to ? [{ period, due }] : [];
    });
}

const obligationsByWorld = new WeakMap<World, (period: ReportingPeriod) => DemoObligation[]>();

/** The obligations of a period: those of its era, found once per era (the structure is the same on every period's last day within one). */
function obligationsOf(world: World): (period: ReportingPeriod) => DemoObligation[] {
  const known = obligationsByWorld.get(world);
  if (known) return known;
  const byEra = new Map<number, DemoObligation[]>();
  const of = (period: ReportingPeriod) => {
    const era = period.endsOn <= LAST_THREE_LEVEL_DAY ? 1 : 2;
    let list = byEra.get(era);
    if (!list) {
      list = [...demoObligations(period, world), ...demoCommissionObligations(period, world)];
      byEra.set(era, list);
    }
    return list;
  };
  obligationsByWorld.set(world, of);
  return of;
}

/** The periodic reports there would be if every obligation reported: the progress bar's total. */
function reportEstimate(context: Context): number {
  const obligationsFor = obligationsOf(context.world);
  return owedPeriods(context).reduce((sum, { period }) => sum + obligationsFor(period).length, 0);
}

/** The parts of a report every period shares for one obligation, made once. */
interface Line {
  obligation: DemoObligation;
  recipientId: string;
  copyToId: string | null;
  recipientCommissionId: string | null;
  /** How likely its submitter is to report on time: by province, some are more diligent than others. */
  onTime: number;
}

const TITLES: Record<DemoObligation['rule'], string> = {
  1: 'Báo cáo kết quả công tác dân vận ',
  2: 'Báo cáo tình hình nhân dân và công tác dân vận ',
  4: 'Báo cáo kết quả công tác của Ban Tuyên giáo và Dân vận ',
};

const URGENT_TITLES = [
  'Báo cáo đột xuất tình hình tụ tập đông người liên quan đến bồi thường, giải phóng mặt bằng',
  'Báo cáo đột xuất về thiệt hại do mưa lũ và công tác hỗ trợ Nhân dân',
  'Báo cáo đột xuất về tình trạng thiếu nước sinh hoạt kéo dài',
  'Báo cáo đột xuất về khiếu kiện đông người liên quan đến đất đai',
];

const DAY = 86_400_000;
const MINUTE = 60_000;
/** The first instant of a day in Vietnam (UTC+7): reports' instants are made by adding to it, a day being 24 hours there (no DST). */
const vietnamMidnight = (day: string) => Date.parse(`${day}T00:00:00+07:00`);

/**
 * The reports: for each owed period and each obligation of its era, 70 to 90 in 100 on
 * time (by the submitter's province; up to eight days before the due date, in office
 * hours), 12 late (one to eight days after, if that day has come), the rest never; one
 * in a hundred corrected a few days later; and now and then an urgent report from an
 * organization of a unit to its committee (rule 3), which no obligation counts.
 */
export function* reports(context: Context): Generator<ReportEntity> {
  const draw = random(context.seed, 'report');
  const diligence = provinceDiligence(context.seed);
  const obligationsFor = obligationsOf(context.world);
  const lines = new Map<DemoObligation[], Line[]>();
  // The first instant after the run's last day: nothing is submitted from then on.
  const end = vietnamMidnight(context.to) + DAY;
  for (const { period, due } of owedPeriods(context)) {
    const dueMs = vietnamMidnight(due);
    const obligations = obligationsFor(period);
    let shared = lines.get(obligations);
    if (!shared) {
      shared = obligations.map((obligation) => ({
        obligation,
        recipientId: committeeOf(obligation.recipientUnit),
        // Rule 4 goes to the commission itself, no copy; commune committees have no commission to copy.
        copyToId: obligation.rule === 4 || obligation.recipientUnit.level === 'COMMUNE' ? null : commissionOf(obligation.recipientUnit),
        recipientCommissionId: obligation.rule === 4 ? commissionOf(obligation.recipientUnit) : null,
        onTime: diligence(obligation.unit),
      }));
      lines.set(obligations, shared);
    }
    const text = periodText(period);
    const titles = { 1: TITLES[1] + text, 2: TITLES[2] + text, 4: TITLES[4] + text };
    for (const line of shared) {
      const { obligation } = line;
      const outcome = draw.next();
      const minutes = 7 * 60 + draw.int(600);
      const day = outcome < line.onTime ? dueMs - draw.int(9) * DAY : outcome < line.onTime + 0.12 ? dueMs + (1 + draw.int(8)) * DAY : null;
      if (day === null || day >= end) continue;
      const summaries = obligation.rule === 2 ? RULE_2_SUMMARIES : RULE_1_SUMMARIES;
      const report: ReportEntity = {
        id: draw.uuid(),
        kind: 'PERIODIC',
        periodYear: period.year,
        periodFrequency: period.frequency,
        periodIndex: period.index,
        submitterType: obligation.submitterType,
        submitterId: obligation.submitterId,
        submitterUnitCode: obligation.unit.code,
        submitterUnitPath: obligation.unit.path,
        recipientId: line.recipientId,
        copyToId: line.copyToId,
        recipientCommissionId: line.recipientCommissionId,
        title: titles[obligation.rule],
        summary: draw.pick(summaries),
        content: null,
        submittedAt: new Date(day + minutes * MINUTE),
        correctsId: null,
        originalId: null,
        classification: 'PUBLIC',
      };
      yield report;
      const correctedOn = day + (2 + draw.int(8)) * DAY;
      if (draw.next() < 0.01 && correctedOn < end) {
        yield {
          ...report,
          id: draw.uuid(),
          title: `${report.title} (bổ sung, điều chỉnh)`,
          summary: `Điều chỉnh số liệu và bổ sung kết quả so với báo cáo đã gửi. ${report.summary}`,
          submittedAt: new Date(correctedOn + (7 * 60 + draw.int(600)) * MINUTE),
          correctsId: report.id,
          originalId: report.id,
        };
      }
      // Urgent reports (rule 3): about one a year for every ten organizations of a unit.
      if (obligation.rule === 1 && period.frequency === 'MONTHLY' && draw.next() < 0.008) {
        yield urgentReport(draw, obligation, period, line, end);
      }
    }
  }
}

function urgentReport(draw: Random, obligation: DemoObligation, period: ReportingPeriod, line: Line, end: number): ReportEntity {
  const day = Math.min(vietnamMidnight(period.startsOn) + draw.int(28) * DAY, end - DAY);
  return {
    id: draw.uuid(),
    kind: 'URGENT',
    periodYear: null,
    periodFrequency: null,
    periodIndex: null,
    submitterType: obligation.submitterType,
    submitterId: obligation.submitterId,
    submitterUnitCode: obligation.unit.code,
    submitterUnitPath: obligation.unit.path,
    recipientId: line.recipientId,
    copyToId: line.copyToId,
    recipientCommissionId: null,
    title: `${draw.pick(URGENT_TITLES)} tại ${inName(obligation.unit)}`,
    summary:
      'Tình hình đã được lực lượng chức năng phối hợp chính quyền nắm chắc, đối thoại với Nhân dân; đề nghị cấp ủy chỉ đạo giải quyết dứt điểm.',
    content: null,
    submittedAt: new Date(day + draw.int(24 * 60) * MINUTE),
    correctsId: null,
    originalId: null,
    classification: 'PUBLIC',
  };
}

/** Each province's share of reports on time, 0.70 to 0.90, drawn once per province code. */
function provinceDiligence(seed: number): (unit: ReferenceUnit) => number {
  const draw = random(seed, 'province-diligence');
  const shares = new Map<string, number>();
  return (unit) => {
    const code = unit.path.split('/')[2] ?? unit.code;
    let share = shares.get(code);
    if (share === undefined) {
      share = 0.7 + 0.2 * draw.next();
      shares.set(code, share);
    }
    return share;
  };
}

/** Models recognized over a unit version's window, by tier. */
const MODELS = { PROVINCIAL: 4, DISTRICT: 2, COMMUNE: 0.4 } as const;

function* models(context: Context): Generator<Omit<MobilizationModelEntity, 'version'>> {
  const draw = random(context.seed, 'mobilization_model');
  for (const unit of context.world.units()) {
    if (unit.level === 'CENTRAL') continue;
    const window = daysOf(context, unit);
    if (!window) continue;
    const fitting = TEMPLATES.filter(
      (t) => t.owner.levels.includes(unit.level) && (t.owner !== OWNERS.borderGuard || context.world.hasBorderGuard(unit)),
    );
    const count = countFor(draw, { days: 365 }, MODELS[unit.level as keyof typeof MODELS]);
    for (let n = 0; n < count; n += 1) {
      const template = draw.pick(fitting);
      const firstYear = Number(window.first.slice(0, 4));
      yield {
        id: draw.uuid(),
        name: `${template.name} (${inName(unit)})`,
        kind: template.kind,
        field: template.field,
        year: firstYear + draw.int(Number(window.last.slice(0, 4)) - firstYear + 1),
        unitCode: unit.code,
        unitPath: unit.path,
        ownerType: template.owner.type,
        ownerId: template.owner.id(unit),
        description: template.description,
      };
    }
  }
}

interface Sessions {
  sessions: Omit<WorkingSessionEntity, 'version'>[];
  participants: WorkingSessionParticipantEntity[];
  cases: WorkingSessionCaseEntity[];
}

/**
 * The working sessions: every provincial and district committee, one a quarter (in
 * its middle month) while its unit is in force within the run, with its commission,
 * Front committee, People's Committee and two or three socio-political organizations,
 * about the standing topic, the topic of the time and one or two recurring ones, and
 * up to two of its unit's cases then open.
 */
function workingSessions(context: Context): Sessions {
  const draw = random(context.seed, 'working_session');
  const cases = casesByUnit(context);
  const out: Sessions = { sessions: [], participants: [], cases: [] };
  for (const unit of context.world.units()) {
    if (unit.level !== 'PROVINCIAL' && unit.level !== 'DISTRICT') continue;
    const window = daysOf(context, unit);
    if (!window) continue;
    for (let month = Number(window.first.slice(5, 7)), year = Number(window.first.slice(0, 4)); ; month += 1) {
      if (month > 12) [month, year] = [1, year + 1];
      if (month % 3 !== 2) continue;
      const heldOn = `${year}-${String(month).padStart(2, '0')}-${String(5 + draw.int(20)).padStart(2, '0')}`;
      if (heldOn > window.last) break;
      if (heldOn < window.first || !covers(unit, heldOn)) continue;
      const id = draw.uuid();
      const quarter = `${year}-Q${(month + 1) / 3}`;
      const recurring = [...new Set([draw.pick(RECURRING), draw.pick(RECURRING)])];
      const open = (cases.get(unit.path) ?? []).filter(
        (c) => c.classification === 'PUBLIC' && c.openedOn <= heldOn && (c.resolvedOn === null || c.resolvedOn > heldOn),
      );
      const discussed = open.slice(0, 2);
      const commission = heldOn < COMMISSIONS_MERGED_ON.local ? 'Ban Dân vận' : 'Ban Tuyên giáo và Dân vận';
      out.sessions.push({
        id,
        committeeId: orgId.partyCommittee(unit),
        heldOn,
        unitCode: unit.code,
        unitPath: unit.path,
        topics: [SITUATION, ...(OF_THE_TIME[quarter] ? [OF_THE_TIME[quarter]] : []), ...discussed.map((c) => c.title), ...recurring],
        conclusions: `${committeeName(unit)} ghi nhận kết quả công tác dân vận quý ${quarter.slice(-1)}/${year} của hệ thống chính trị. ${draw.pick(CLOSINGS)(commission)}`,
        classification: 'PUBLIC',
      });
      const start = draw.int(UNIONS.length);
      const unions = Array.from({ length: 2 + draw.int(2) }, (_, i) => UNIONS[(start + i) % UNIONS.length]);
      const participants: { type: OrganizationTypeName; id: string }[] = [
        { type: 'MassMobilizationCommission', id: orgId.commission(unit) },
        { type: 'FrontOrganization', id: orgId.front('VFF', unit) },
        { type: 'StateAgency', id: orgId.peoplesCommittee(unit) },
        ...UNIONS.filter((prefix) => unions.includes(prefix)).map((prefix) => ({
          type: 'FrontOrganization' as const,
          id: orgId.front(prefix, unit),
        })),
      ];
      participants.forEach((p, position) =>
        out.participants.push({ sessionId: id, organizationType: p.type, organizationId: p.id, position }),
      );
      discussed.forEach((c, position) => out.cases.push({ sessionId: id, caseId: c.id, position }));
    }
  }
  return out;
}

/**
 * The demo's documents and coordination programs whose issuers and leads are in the
 * world (the Central Committee's regulations and the central program with the Ministry
 * of Public Security and the General Department of Politics, in every run; Bình
 * Thuận's where it is), with the programs' participants and reviews: real national
 * records the benchmark's program query reads. Their links to the demo's story cases
 * are left out, as the stories are.
 */
function documentsAndPrograms(context: Context) {
  const committees = new Set(committeeRows(context.world).map((c) => c.id));
  const commissions = new Set(commissionRows(context.world).map((c) => c.id));
  const documents = documentRows().filter((d) => committees.has(d.issuerId));
  const kept = new Set(documents.map((d) => d.id));
  const programs = programRows().filter((p) => commissions.has(p.leadCommissionId) && (p.basedOnId === null || kept.has(p.basedOnId)));
  const ids = new Set(programs.map((p) => p.id));
  return {
    documents,
    programs,
    participants: participantRows().filter((p) => ids.has(p.programId)),
    reviews: reviewRows().filter((r) => ids.has(r.programId)),
  };
}

export function partyLoad(context: Context): FamilyLoad {
  let sessions: Sessions | undefined;
  const sessionsOnce = () => (sessions ??= workingSessions(context));
  let records: ReturnType<typeof documentsAndPrograms> | undefined;
  const recordsOnce = () => (records ??= documentsAndPrograms(context));
  return {
    tables: [
      table(PartyCommitteeEntity, () => committeeRows(context.world) as PartyCommitteeEntity[]),
      table(MassMobilizationCommissionEntity, () => commissionRows(context.world) as MassMobilizationCommissionEntity[]),
      table(PartyDocumentEntity, () => recordsOnce().documents as PartyDocumentEntity[]),
      table(CoordinationProgramEntity, () => recordsOnce().programs as CoordinationProgramEntity[]),
      table(ProgramParticipantEntity, () => recordsOnce().participants),
      table(ProgramReviewEntity, () => recordsOnce().reviews),
      table(MobilizationModelEntity, () => models(context) as Iterable<MobilizationModelEntity>),
      table(WorkingSessionEntity, () => sessionsOnce().sessions as WorkingSessionEntity[]),
      table(WorkingSessionParticipantEntity, () => sessionsOnce().participants),
      table(WorkingSessionCaseEntity, () => sessionsOnce().cases),
      table(
        ReportEntity,
        () => reports(context),
        () => reportEstimate(context),
      ),
    ],
    afterLoad: (db) => storeDemoGuidance(db, nationalGuidance()),
  };
}
