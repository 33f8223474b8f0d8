import { formatDateTime } from './dates';
import { label, percent } from './labels';
import type { CaseItem, ComplianceTotals, Obligation, OrganizationRef, ReportModel } from './model';

/**
 * The report laid out once, independently of the format: a header, a summary and
 * seven numbered sections of paragraphs, tables, highlighted lists and charts. The
 * Markdown, CSV and HTML renderers only format these blocks, so that the three
 * files say the same thing in the same order, with the same columns.
 */
export interface ReportDocument {
  title: string;
  /** The kind of report in Vietnamese. */
  titleVi: string;
  /** The header: unit, period, as-of date, generation time, sources. */
  header: FactsBlock;
  /** What each subgraph contributed. */
  sources: { subgraph: string; contributes: string }[];
  notes: string[];
  summary: FactsBlock;
  sections: Section[];
}

export interface Section {
  id: string;
  number: number;
  title: string;
  /** The heading in Vietnamese, shown beside the English one. */
  titleVi: string;
  blocks: Block[];
}

/** A cell: text, a number, nothing (`null`), or several lines (a list of names). */
export type Cell = string | number | null | string[];

export interface Column {
  title: string;
  /** Right-aligned, summed in totals rows. */
  numeric?: boolean;
  /** Kept on one line where the format lays out columns (dates, references). */
  nowrap?: boolean;
  /** A share of the page's width, in percent, where the format lays out columns (for wide tables). */
  width?: number;
}

export interface Table {
  /** Identifies the table in the CSV's `section` column: `compliance.obligations`. */
  id: string;
  caption: string;
  columns: Column[];
  rows: Cell[][];
  /** A totals row, shown after the rows. */
  totals?: Cell[];
  /** What to say when there are no rows. */
  empty: string;
  /** Rows to highlight (an overdue report), by row index. */
  rowTones?: (Tone | null)[];
}

export interface FactsBlock {
  kind: 'facts';
  id: string;
  items: { label: string; value: string }[];
}

export interface AlertBlock {
  kind: 'alert';
  id: string;
  title: string;
  /** What one item is, as a column title (CSV). */
  itemTitle: string;
  items: string[];
  /** Said instead of the list when it is empty (then the block is not highlighted). */
  empty: string;
}

export type Tone = 'good' | 'warn' | 'bad' | 'muted' | 'series';

export type ChartSpec =
  | { type: 'donut'; title: string; center: string; segments: { label: string; value: number; tone: Tone }[] }
  | { type: 'bars'; title: string; bars: { label: string; value: number }[] }
  | {
      type: 'stacked';
      title: string;
      legend: { label: string; tone: Tone }[];
      rows: { label: string; values: number[] }[];
      /** Each bar as its own row's 100 %: rates side by side, whatever each row's size. */
      shares?: boolean;
    };

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | FactsBlock
  | AlertBlock
  | { kind: 'table'; table: Table }
  | { kind: 'charts'; charts: ChartSpec[] };

const org = (o: OrganizationRef) => `${o.name} (${o.id})`;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const place = (unit: { code: string; name: string }) => `${unit.name} (${unit.code})`;

export function buildDocument(model: ReportModel): ReportDocument {
  const { unit, period, asOf } = model;
  const totals = model.compliance.totals;
  const activityTotals = {
    personnel: sum(model.activities.byKind.map((k) => k.personnel)),
    manDays: sum(model.activities.byKind.map((k) => k.manDays)),
    households: sum(model.activities.byKind.map((k) => k.householdsReached)),
    activities: sum(model.activities.byKind.map((k) => k.activities)),
  };
  const dialoguesHeld = sum(model.dialogues.byLevel.map((l) => l.dialogues));

  return {
    title: `Coordination report: ${unit.name} (${unit.code}), ${period.label}`,
    titleVi: 'Báo cáo kết quả phối hợp công tác dân vận',
    header: {
      kind: 'facts',
      id: 'report',
      items: [
        { label: 'Unit', value: `${unit.name} (${unit.code}), ${label('level', unit.level).toLowerCase()} level` },
        ...(unit.parent ? [{ label: 'Part of', value: place(unit.parent) }] : []),
        { label: 'Period', value: `${period.label} (${period.description}), ${period.startsOn} to ${period.endsOn}` },
        { label: 'As of', value: asOf },
        { label: 'Generated at', value: `${formatDateTime(model.generatedAt)} (Vietnam time, UTC+7)` },
        { label: 'Sources', value: `${model.sources.map((s) => s.subgraph).join(', ')} subgraphs, through the federated gateway` },
      ],
    },
    sources: model.sources.map((s) => ({ subgraph: s.subgraph, contributes: s.contributes })),
    notes: [
      'Names and titles are given as the organizations record them. Records classified RESTRICTED that the reader may not see are left out by the graph.',
      "Sections 1 and 2 are as of the as-of date; sections 3 to 5 and 7 cover the whole period; section 6 lists the programs active on the period's last day.",
    ],
    summary: {
      kind: 'facts',
      id: 'summary',
      items: [
        { label: 'Reporting compliance', value: `${percent(totals.complianceRate)} (${totalsSentence(totals)})` },
        { label: 'Overdue reports', value: String(totals.overdue) },
        { label: `Cases open on ${asOf}`, value: String(model.cases.open.length) },
        { label: 'Dialogues held', value: String(dialoguesHeld) },
        { label: `Skilled Mass Mobilization models (${model.models.year})`, value: String(model.models.list.length) },
        {
          label: 'Armed-forces activities',
          value: `${activityTotals.activities} (personnel ${activityTotals.personnel}, man-days ${activityTotals.manDays}, households ${activityTotals.households})`,
        },
        { label: `Coordination programs active on ${model.programs.activeOn}`, value: String(model.programs.list.length) },
        { label: 'Working sessions of the party committees', value: String(model.workingSessions.held) },
      ],
    },
    sections: [
      complianceSection(model),
      casesSection(model),
      dialoguesSection(model),
      modelsSection(model),
      activitiesSection(model, activityTotals),
      programsSection(model),
      workingSessionsSection(model),
    ],
  };
}

function totalsSentence(t: ComplianceTotals): string {
  return `${t.onTime} on time, ${t.late} late, ${t.overdue} overdue, ${t.notYetDue} not yet due, of ${t.obligations} obligations`;
}

function submitted(report: Obligation['report']): Cell {
  if (!report) return null;
  if (!report.firstSubmittedAt) return formatDateTime(report.submittedAt);
  return [formatDateTime(report.firstSubmittedAt), `corrected ${formatDateTime(report.submittedAt)}`];
}

function complianceSection(model: ReportModel): Section {
  const { compliance, period, asOf, unit } = model;
  const t = compliance.totals;
  const frequency = label('frequency', compliance.byFamily.frequency);
  return {
    id: 'compliance',
    number: 1,
    title: 'Reporting compliance',
    titleVi: 'Thực hiện chế độ thông tin, báo cáo',
    blocks: [
      {
        kind: 'paragraph',
        text: !compliance.recipient
          ? `${unit.name} has no party committee: no periodic report is owed to it.`
          : !compliance.owed
            ? `The reporting guidance in force (${compliance.guidance}) does not ask for a report for ${period.label}: no periodic report is owed for it.`
            : `Periodic reports for ${period.label} owed to ${compliance.recipient}, as of ${asOf}: ${totalsSentence(t)}. Compliance rate ${percent(t.complianceRate)} (on-time reports as a share of the obligations already due).`,
      },
      {
        kind: 'paragraph',
        text: `Reporting guidance: ${compliance.guidance}. The period's figures in this report cover ${compliance.covered.from} to ${compliance.covered.to}.`,
      },
      {
        kind: 'table',
        table: {
          id: 'compliance.totals',
          caption: `Totals, ${period.label}, as of ${asOf}`,
          columns: [
            { title: 'Obligations', numeric: true },
            { title: 'On time', numeric: true },
            { title: 'Late', numeric: true },
            { title: 'Overdue', numeric: true },
            { title: 'Not yet due', numeric: true },
            { title: 'Compliance rate', numeric: true },
          ],
          rows: [[t.obligations, t.onTime, t.late, t.overdue, t.notYetDue, percent(t.complianceRate)]],
          empty: 'No obligations.',
        },
      },
      {
        kind: 'charts',
        charts: [
          {
            type: 'donut',
            title: `Obligations by status (${t.obligations})`,
            center: percent(t.complianceRate),
            segments: [
              { label: 'On time', value: t.onTime, tone: 'good' },
              { label: 'Late', value: t.late, tone: 'warn' },
              { label: 'Overdue', value: t.overdue, tone: 'bad' },
              { label: 'Not yet due', value: t.notYetDue, tone: 'muted' },
            ],
          },
        ],
      },
      {
        kind: 'alert',
        id: 'compliance.overdue',
        title: `Overdue reports (${compliance.overdue.length})`,
        itemTitle: 'Overdue report (organization, family, due date)',
        items: compliance.overdue.map((o) => `${org(o)}, ${label('family', o.family)}: due ${o.dueOn}`),
        empty: 'No report is overdue.',
      },
      {
        kind: 'table',
        table: {
          id: 'compliance.obligations',
          caption: 'Every obligation',
          columns: [
            { title: 'Submitter' },
            { title: 'Family' },
            { title: 'Recipient' },
            { title: 'Copy to' },
            { title: 'Due', nowrap: true },
            { title: 'Status', nowrap: true },
            { title: 'Report submitted at', nowrap: true },
          ],
          rows: compliance.obligations.map((o) => [
            org(o.submitter),
            label('family', o.submitter.family),
            o.recipient,
            o.copyTo,
            o.dueOn,
            label('obligationStatus', o.status),
            submitted(o.report),
          ]),
          rowTones: compliance.obligations.map((o) => (o.status === 'OVERDUE' ? 'bad' : o.status === 'LATE' ? 'warn' : null)),
          empty: 'No obligations.',
        },
      },
      { kind: 'subheading', text: `Hot spots raised in the period's reports` },
      {
        kind: 'table',
        table: {
          id: 'compliance.hotSpots',
          caption: `Hot spots (${compliance.hotSpots.length})`,
          columns: [{ title: 'Hot spot' }, { title: 'Raised by' }, { title: 'Case' }],
          rows: compliance.hotSpots.map((h) => [h.description, org(h.raisedBy), h.case ? `${h.case.reference}: ${h.case.title}` : '—']),
          empty: 'No report of the period raises a hot spot.',
        },
      },
      { kind: 'subheading', text: `Compliance by family, ${unit.name} and every unit below it` },
      {
        kind: 'paragraph',
        text: `All ${frequency} obligations towards the party committees of ${unit.name} and of the units below it, for the periods ending from ${period.startsOn} to ${period.endsOn}, as of ${asOf}, by the family of the submitter.`,
      },
      {
        kind: 'table',
        table: {
          id: 'compliance.byFamily',
          caption: `Compliance by family (${frequency} reports)`,
          columns: [
            { title: 'Family' },
            { title: 'Obligations', numeric: true },
            { title: 'On time', numeric: true },
            { title: 'Late', numeric: true },
            { title: 'Overdue', numeric: true },
            { title: 'Not yet due', numeric: true },
            { title: 'Compliance rate', numeric: true },
          ],
          rows: compliance.byFamily.families.map((f) => [
            label('family', f.family),
            f.obligations,
            f.onTime,
            f.late,
            f.overdue,
            f.notYetDue,
            percent(f.complianceRate),
          ]),
          empty: 'No obligations.',
        },
      },
      {
        kind: 'charts',
        charts: [
          {
            type: 'stacked',
            // As rates: the Party's and the State's few obligations read beside the Front's many.
            shares: true,
            title: `Compliance by family, as shares of each family's obligations (${frequency} reports, unit and below)`,
            legend: [
              { label: 'On time', tone: 'good' },
              { label: 'Late', tone: 'warn' },
              { label: 'Overdue', tone: 'bad' },
              { label: 'Not yet due', tone: 'muted' },
            ],
            rows: compliance.byFamily.families.map((f) => ({
              label: label('family', f.family),
              values: [f.onTime, f.late, f.overdue, f.notYetDue],
            })),
          },
        ],
      },
    ],
  };
}

function caseStatus(c: CaseItem, asOf: string): string {
  const now = label('caseStatus', c.status);
  // Open on the as-of date but finished since: say when.
  return c.resolvedOn && c.resolvedOn > asOf ? `${now} on ${c.resolvedOn} (open on ${asOf})` : now;
}

/** The other families' part in a case, one organization a line: `Front supervision: …`. */
function involved(c: CaseItem): string[] {
  return [
    ...c.supervisedBy.map((o) => `Front supervision: ${org(o)}`),
    ...c.supportedBy.map((o) => `Armed forces support: ${org(o)}`),
    ...c.directives.map((d) => `Party ${label('documentKind', d.kind).toLowerCase()} ${d.number}: ${org(d.issuer)}`),
  ];
}

function casesSection(model: ReportModel): Section {
  const { cases, asOf, period } = model;
  return {
    id: 'cases',
    number: 2,
    title: 'Cases open in the unit and below',
    titleVi: 'Vụ việc đang giải quyết',
    blocks: [
      {
        kind: 'paragraph',
        text: `${cases.open.length} citizens' case${cases.open.length === 1 ? ' was' : 's were'} open on ${asOf} in ${model.unit.name} and the units below it, with the agencies of every family taking part: the responsible state agency, the Front organizations that supervised, the armed units that supported and the party committees that issued directives.`,
      },
      {
        kind: 'table',
        table: {
          id: 'cases.open',
          caption: `Open cases on ${asOf}`,
          columns: [
            { title: 'Reference', nowrap: true, width: 10 },
            { title: 'Title', width: 20 },
            { title: 'Unit', width: 9 },
            { title: 'Category', width: 9 },
            { title: 'Status', width: 8 },
            { title: 'Opened', nowrap: true, width: 9 },
            { title: 'Households', numeric: true, width: 7 },
            { title: 'Responsible agency', width: 11 },
            { title: 'Agencies involved', width: 17 },
          ],
          rows: cases.open.map((c) => [
            c.reference,
            c.title,
            place(c.unit),
            label('caseCategory', c.category),
            caseStatus(c, asOf),
            c.openedOn,
            c.householdsAffected,
            org(c.responsibleAgency),
            involved(c),
          ]),
          empty: 'No case was open.',
        },
      },
      { kind: 'subheading', text: `Cases opened in ${period.label}, by category` },
      {
        kind: 'table',
        table: {
          id: 'cases.byCategory',
          caption: `Cases opened from ${period.startsOn} to ${period.endsOn}, by category, with their status now`,
          columns: [
            { title: 'Category' },
            { title: 'Cases', numeric: true },
            { title: 'Status now' },
            { title: 'Median days to resolve', numeric: true },
          ],
          rows: cases.openedByCategory.map((c) => [
            label('caseCategory', c.category),
            c.cases,
            c.byStatus.map((s) => `${label('caseStatus', s.status)}: ${s.cases}`),
            c.medianDaysToResolve,
          ]),
          totals: ['Total', sum(cases.openedByCategory.map((c) => c.cases)), null, null],
          empty: 'No case was opened in the period.',
        },
      },
      {
        kind: 'charts',
        charts: [
          {
            type: 'bars',
            title: `Cases opened in ${period.label} by category`,
            bars: cases.openedByCategory.map((c) => ({ label: label('caseCategory', c.category), value: c.cases })),
          },
        ],
      },
    ],
  };
}

function dialoguesSection(model: ReportModel): Section {
  const { dialogues, period } = model;
  const byLevel = dialogues.byLevel;
  return {
    id: 'dialogues',
    number: 3,
    title: 'Dialogues with the people',
    titleVi: 'Đối thoại với Nhân dân',
    blocks: [
      {
        kind: 'paragraph',
        text: `Dialogues between leaders and the people held from ${period.startsOn} to ${period.endsOn} in ${model.unit.name} and the units below it, by the level of the unit where they were held.`,
      },
      {
        kind: 'table',
        table: {
          id: 'dialogues.byLevel',
          caption: 'Dialogues by level',
          columns: [
            { title: 'Level' },
            { title: 'Dialogues', numeric: true },
            { title: 'Participants', numeric: true },
            { title: 'Issues raised', numeric: true },
            { title: 'Issues resolved', numeric: true },
          ],
          rows: byLevel.map((l) => [label('level', l.level), l.dialogues, l.participants, l.issuesRaised, l.issuesResolved]),
          totals: [
            'Total',
            sum(byLevel.map((l) => l.dialogues)),
            sum(byLevel.map((l) => l.participants)),
            sum(byLevel.map((l) => l.issuesRaised)),
            sum(byLevel.map((l) => l.issuesResolved)),
          ],
          empty: 'No dialogue was held.',
        },
      },
      {
        kind: 'charts',
        charts: [
          { type: 'bars', title: 'Dialogues by level', bars: byLevel.map((l) => ({ label: label('level', l.level), value: l.dialogues })) },
          {
            type: 'bars',
            title: 'Participants by level',
            bars: byLevel.map((l) => ({ label: label('level', l.level), value: l.participants })),
          },
        ],
      },
      {
        kind: 'table',
        table: {
          id: 'dialogues.list',
          caption: 'Dialogues held',
          columns: [
            { title: 'Held on', nowrap: true, width: 10 },
            { title: 'Level', width: 8 },
            { title: 'Unit', width: 11 },
            { title: 'Title', width: 28 },
            { title: 'Host agency', width: 13 },
            { title: 'Participants', numeric: true, width: 8 },
            { title: 'Issues raised', numeric: true, width: 7 },
            { title: 'Issues resolved', numeric: true, width: 7 },
            { title: 'Case', width: 8 },
          ],
          rows: dialogues.list.map((d) => [
            d.heldOn,
            label('level', d.level),
            place(d.unit),
            d.title,
            d.hostAgency,
            d.participants,
            d.issuesRaised,
            d.issuesResolved,
            d.caseReference,
          ]),
          empty: 'No dialogue was held.',
        },
      },
    ],
  };
}

function modelsSection(model: ReportModel): Section {
  const { models } = model;
  return {
    id: 'models',
    number: 4,
    title: `Skilled Mass Mobilization models, ${models.year}`,
    titleVi: 'Mô hình "Dân vận khéo"',
    blocks: [
      {
        kind: 'paragraph',
        text: `Models recognized in ${models.year} in ${model.unit.name} and the units below it, by kind and field, and each model with the organization that built it.`,
      },
      {
        kind: 'table',
        table: {
          id: 'models.byKind',
          caption: 'Models by kind',
          columns: [{ title: 'Kind' }, { title: 'Models', numeric: true }],
          rows: models.byKind.map((k) => [label('modelKind', k.kind), k.models]),
          totals: ['Total', sum(models.byKind.map((k) => k.models))],
          empty: 'No model was recognized.',
        },
      },
      {
        kind: 'table',
        table: {
          id: 'models.byField',
          caption: 'Models by field',
          columns: [{ title: 'Field' }, { title: 'Models', numeric: true }],
          rows: models.byField.map((f) => [label('modelField', f.field), f.models]),
          totals: ['Total', sum(models.byField.map((f) => f.models))],
          empty: 'No model was recognized.',
        },
      },
      {
        kind: 'charts',
        charts: [
          {
            type: 'donut',
            title: 'Models by kind',
            center: String(sum(models.byKind.map((k) => k.models))),
            segments: models.byKind.map((k) => ({ label: label('modelKind', k.kind), value: k.models, tone: 'series' as const })),
          },
          {
            type: 'bars',
            title: 'Models by field',
            bars: models.byField.map((f) => ({ label: label('modelField', f.field), value: f.models })),
          },
        ],
      },
      {
        kind: 'table',
        table: {
          id: 'models.list',
          caption: `Models of ${models.year}`,
          columns: [
            { title: 'Model' },
            { title: 'Kind' },
            { title: 'Field' },
            { title: 'Unit' },
            { title: 'Built by' },
            { title: 'Family' },
          ],
          rows: models.list.map((m) => [
            m.name,
            label('modelKind', m.kind),
            label('modelField', m.field),
            place(m.unit),
            org(m.owner),
            label('family', m.owner.family),
          ]),
          empty: 'No model was recognized.',
        },
      },
    ],
  };
}

function activitiesSection(
  model: ReportModel,
  totals: { activities: number; personnel: number; manDays: number; households: number },
): Section {
  const { activities, period } = model;
  return {
    id: 'activities',
    number: 5,
    title: 'Mass-mobilization activities of the armed forces',
    titleVi: 'Công tác dân vận của lực lượng vũ trang',
    blocks: [
      {
        kind: 'paragraph',
        text: `Activities of the People's Army and the People's Public Security started from ${period.startsOn} to ${period.endsOn} in ${model.unit.name} and the units below it, with the officers and soldiers taking part, the man-days worked and the households reached.`,
      },
      {
        kind: 'table',
        table: {
          id: 'activities.byKind',
          caption: 'Activities by kind',
          columns: [
            { title: 'Kind' },
            { title: 'Activities', numeric: true },
            { title: 'Personnel', numeric: true },
            { title: 'Man-days', numeric: true },
            { title: 'Households reached', numeric: true },
          ],
          rows: activities.byKind.map((k) => [label('activityKind', k.kind), k.activities, k.personnel, k.manDays, k.householdsReached]),
          totals: ['Total', totals.activities, totals.personnel, totals.manDays, totals.households],
          empty: 'No activity was carried out.',
        },
      },
      {
        kind: 'charts',
        charts: [
          {
            type: 'bars',
            title: 'Man-days by kind',
            bars: activities.byKind.map((k) => ({ label: label('activityKind', k.kind), value: k.manDays })),
          },
          {
            type: 'bars',
            title: 'Households reached by kind',
            bars: activities.byKind.map((k) => ({ label: label('activityKind', k.kind), value: k.householdsReached })),
          },
        ],
      },
      {
        kind: 'table',
        table: {
          id: 'activities.list',
          caption: 'Activities',
          columns: [
            { title: 'Started', nowrap: true, width: 9.5 },
            { title: 'Ended', nowrap: true, width: 9.5 },
            { title: 'Kind', width: 9 },
            { title: 'Title', width: 22 },
            { title: 'Unit', width: 9 },
            { title: 'Conducted by', width: 12 },
            { title: 'Personnel', numeric: true, width: 7 },
            { title: 'Man-days', numeric: true, width: 6 },
            { title: 'Households', numeric: true, width: 7 },
            { title: 'For', width: 9 },
          ],
          rows: activities.list.map((a) => [
            a.startedOn,
            a.endedOn,
            label('activityKind', a.kind),
            a.title,
            place(a.unit),
            org(a.conductedBy),
            a.personnel,
            a.manDays,
            a.householdsReached,
            [...(a.caseReference ? [`case ${a.caseReference}`] : []), ...(a.programTitle ? [`program: ${a.programTitle}`] : [])],
          ]),
          empty: 'No activity was carried out.',
        },
      },
    ],
  };
}

function programsSection(model: ReportModel): Section {
  const { programs } = model;
  return {
    id: 'programs',
    number: 6,
    title: 'Coordination programs',
    titleVi: 'Chương trình phối hợp',
    blocks: [
      {
        kind: 'paragraph',
        text: `Coordination programs active on ${programs.activeOn} that concern ${model.unit.name}: led or joined from the unit, from a unit above it or from a unit below it.`,
      },
      {
        kind: 'table',
        table: {
          id: 'programs.list',
          caption: `Programs active on ${programs.activeOn}`,
          columns: [
            { title: 'No.', numeric: true },
            { title: 'Program' },
            { title: 'Lead commission' },
            { title: 'Based on', nowrap: true },
            { title: 'From', nowrap: true },
            { title: 'To', nowrap: true },
            { title: 'Participants', numeric: true },
          ],
          rows: programs.list.map((p, i) => [
            i + 1,
            p.title,
            org(p.leadCommission),
            p.basedOn,
            p.startsOn,
            p.endsOn ?? 'open-ended',
            p.participants.length,
          ]),
          empty: 'No program was active.',
        },
      },
      {
        kind: 'table',
        table: {
          id: 'programs.participants',
          caption: 'Participants of each program',
          columns: [
            { title: 'Program No.', numeric: true },
            { title: 'Participant' },
            { title: 'Family' },
            { title: 'Responsibility' },
            { title: 'Joined', nowrap: true },
          ],
          rows: programs.list.flatMap((p, i) =>
            p.participants.map((x) => [i + 1, org(x.organization), label('family', x.organization.family), x.responsibility, x.joinedOn]),
          ),
          empty: 'No program was active.',
        },
      },
    ],
  };
}

function workingSessionsSection(model: ReportModel): Section {
  const { workingSessions, period } = model;
  const { held, list } = workingSessions;
  const hidden = held - list.length;
  return {
    id: 'sessions',
    number: 7,
    title: 'Working sessions of the party committees',
    titleVi: 'Cấp ủy làm việc với Ban Dân vận, Mặt trận và các đoàn thể',
    blocks: [
      {
        kind: 'paragraph',
        text:
          `${held} working session${held === 1 ? ' was' : 's were'} held from ${period.startsOn} to ${period.endsOn} by the party committees of ${model.unit.name} and of the units below it ` +
          "with the mass-mobilization commission, the Fatherland Front, the socio-political organizations and the agencies of their unit, to grasp the people's situation " +
          "(Decision 23-QĐ/TW, chapter 3, item 8): what was discussed, what the committee concluded and the citizens' cases it took up." +
          (hidden > 0 ? ` ${hidden} of them ${hidden === 1 ? 'is' : 'are'} RESTRICTED and not shown to this reader.` : ''),
      },
      {
        kind: 'table',
        table: {
          id: 'sessions.list',
          caption: 'Working sessions held',
          columns: [
            { title: 'Held on', nowrap: true, width: 9 },
            { title: 'Committee', width: 11 },
            { title: 'Participants', width: 20 },
            { title: 'Topics', width: 25 },
            { title: 'Conclusions', width: 26 },
            { title: 'Cases', nowrap: true, width: 9 },
          ],
          rows: list.map((s) => [s.heldOn, org(s.committee), s.participants.map(org), s.topics, s.conclusions, s.caseReferences]),
          empty: 'No working session was held.',
        },
      },
    ],
  };
}
