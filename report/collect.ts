import { nearestUnit } from '../lib';
import { usageError } from './errors';
import { GatewayClient } from './gatewayClient';
import {
  ReportActivitiesDocument,
  ReportActivitiesQuery,
  ReportCasesDocument,
  ReportCasesQuery,
  ReportComplianceByFamilyDocument,
  ReportComplianceByFamilyQuery,
  ReportComplianceDocument,
  ReportComplianceQuery,
  ReportDialoguesDocument,
  ReportDialoguesQuery,
  ReportModelsDocument,
  ReportModelsQuery,
  ReportOrganizationFragment,
  ReportProgramsDocument,
  ReportProgramsQuery,
  ReportUnitDocument,
  ReportWorkingSessionsDocument,
  ReportWorkingSessionsQuery,
} from './generated/operations';
import {
  ActivitiesSection,
  CasesSection,
  ComplianceSection,
  DialoguesSection,
  Family,
  ModelsSection,
  OrganizationRef,
  ProgramItem,
  ProgramsSection,
  ReportModel,
  SOURCES,
  UnitInfo,
  WorkingSessionsSection,
} from './model';
import type { ReportPeriod } from './period';
import type { Progress } from './progress';

export interface CollectOptions {
  client: GatewayClient;
  unitCode: string;
  period: ReportPeriod;
  /** `YYYY-MM-DD`: statuses of obligations and cases are those of this date. */
  asOf: string;
  /** When the report is made (an ISO date-time); now by default. */
  generatedAt?: string;
}

/**
 * What the collector does, one step per GraphQL operation: the progress display
 * counts them. The operations are `report/operations/*.graphql`, one per section so
 * that no single one nears the gateway's depth and cost limits; their documents and
 * types are generated (`npm run codegen`, report/generated/operations.ts).
 */
export const COLLECT_STEPS = [
  'unit',
  'reporting compliance',
  'compliance by family',
  'cases',
  'dialogues',
  'Skilled Mass Mobilization models',
  'armed-forces activities',
  'coordination programs',
  'working sessions',
] as const;

/**
 * Runs the report's operations through the gateway, in order, and assembles the
 * report's data. Fails with a usage error when the unit is not in the graph, and
 * with a failure on the first operation that does not succeed.
 */
export async function collectReport(options: CollectOptions, progress: Progress): Promise<ReportModel> {
  const { client, unitCode: code, period, asOf } = options;

  progress.step(COLLECT_STEPS[0]);
  // The unit in the form it had on the period's last day: the regime and the figures follow that structure.
  const unit = await collectUnit(client, code, period.endsOn);
  const variables = { code: unit.code, viewedOn: period.endsOn };

  progress.step(COLLECT_STEPS[1]);
  const compliance = await client.request(ReportComplianceDocument, {
    ...variables,
    period: period.input,
    asOf,
  });
  // The days the period's figures cover are the guidance's (the calendar, or Decree 09/2019/NĐ-CP's 15th to 14th).
  const guided = present(compliance.administrativeUnit, code).reportingCompliance;
  const range = { from: guided.coveredFrom, to: guided.coveredTo };
  progress.step(COLLECT_STEPS[2]);
  const byFamily = await client.request(ReportComplianceByFamilyDocument, {
    ...variables,
    // The periods of the frequency that end within the calendar period.
    from: period.startsOn,
    to: period.endsOn,
    frequency: period.input.frequency,
    asOf,
  });
  progress.step(COLLECT_STEPS[3]);
  const cases = await client.request(ReportCasesDocument, { ...variables, ...range, asOf });
  progress.step(COLLECT_STEPS[4]);
  const dialogues = await client.request(ReportDialoguesDocument, { ...variables, ...range });
  progress.step(COLLECT_STEPS[5]);
  const models = await client.request(ReportModelsDocument, { ...variables, ...range, year: period.input.year });
  progress.step(COLLECT_STEPS[6]);
  const activities = await client.request(ReportActivitiesDocument, { ...variables, ...range });
  progress.step(COLLECT_STEPS[7]);
  const programs = await collectPrograms(client, period.endsOn);
  progress.step(COLLECT_STEPS[8]);
  const sessions = await client.request(ReportWorkingSessionsDocument, { ...variables, ...range });

  return {
    unit,
    period,
    asOf,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    gateway: client.url,
    sources: [...SOURCES],
    compliance: complianceSection(present(compliance.administrativeUnit, code), present(byFamily.administrativeUnit, code), period),
    cases: casesSection(present(cases.administrativeUnit, code), asOf),
    dialogues: dialoguesSection(present(dialogues.administrativeUnit, code)),
    models: modelsSection(present(models.administrativeUnit, code), period.input.year),
    activities: activitiesSection(present(activities.administrativeUnit, code)),
    programs: programsSection(programs, unit.code, period.endsOn),
    workingSessions: workingSessionsSection(present(sessions.administrativeUnit, code)),
  };
}

async function collectUnit(client: GatewayClient, code: string, viewedOn: string): Promise<UnitInfo> {
  const { administrativeUnit: unit } = await client.request(ReportUnitDocument, { code, viewedOn });
  if (!unit) throw usageError(`--unit: "${code}" is not an administrative unit in the graph`);
  return { code: unit.code, name: unit.name, level: unit.level, unitType: unit.unitType, parent: unit.parent };
}

/** The unit as a later operation answers it: null only if it left the graph since the first one. */
function present<T>(value: T | null, code: string): T {
  if (value === null) throw usageError(`--unit: "${code}" is not an administrative unit in the graph`);
  return value;
}

const FAMILY_OF_TYPE: Record<ReportOrganizationFragment['__typename'], Family> = {
  PartyCommittee: 'PARTY',
  MassMobilizationCommission: 'PARTY',
  StateAgency: 'STATE',
  FrontOrganization: 'FRONT',
  ArmedUnit: 'ARMED_FORCES',
};

function organization(data: ReportOrganizationFragment): OrganizationRef {
  return { id: data.id, name: data.name, type: data.__typename, family: FAMILY_OF_TYPE[data.__typename], unitCode: data.unit?.code };
}

function ofFamily(family: Family, type: ReportOrganizationFragment['__typename']) {
  return (data: { id: string; name: string }): OrganizationRef => ({ id: data.id, name: data.name, family, type });
}

/** Each organization once, in the order first met (a Front organization may supervise a case twice). */
function distinct(organizations: OrganizationRef[]): OrganizationRef[] {
  const byId = new Map<string, OrganizationRef>();
  for (const organization of organizations) if (!byId.has(organization.id)) byId.set(organization.id, organization);
  return [...byId.values()];
}

/** A report's chain of corrections, as deep as the operation asks. */
interface Correction {
  submittedAt: string;
  corrects?: Correction | null;
}

/** The first report of a correction chain, which decided timeliness; null when the report corrects none. */
function firstSubmission(corrects: Correction | null | undefined): string | null {
  let first: string | null = null;
  for (let report = corrects; report; report = report.corrects) first = report.submittedAt;
  return first;
}

function complianceSection(
  unit: NonNullable<ReportComplianceQuery['administrativeUnit']>,
  statistics: NonNullable<ReportComplianceByFamilyQuery['administrativeUnit']>,
  period: ReportPeriod,
): ComplianceSection {
  const compliance = unit.reportingCompliance;
  const obligations = compliance.obligations.map((o) => ({
    submitter: organization(o.submitter),
    recipient: o.recipient.name,
    copyTo: o.copyTo?.name ?? null,
    dueOn: o.dueOn,
    status: o.status,
    report: o.report
      ? { title: o.report.title, submittedAt: o.report.submittedAt, firstSubmittedAt: firstSubmission(o.report.corrects) }
      : null,
  }));
  return {
    recipient: compliance.recipient?.name ?? null,
    guidance: compliance.guidance.basis,
    owed: compliance.owed,
    covered: { from: compliance.coveredFrom, to: compliance.coveredTo },
    hotSpots: compliance.obligations.flatMap((o) =>
      (o.report?.content?.hotSpots ?? []).map((spot) => ({
        description: spot.description,
        raisedBy: organization(o.submitter),
        case: spot.case && { reference: spot.case.reference, title: spot.case.title },
      })),
    ),
    totals: {
      obligations: obligations.length,
      onTime: compliance.onTime,
      late: compliance.late,
      overdue: compliance.overdue,
      notYetDue: compliance.notYetDue,
      complianceRate: compliance.complianceRate,
    },
    obligations,
    overdue: obligations.filter((o) => o.status === 'OVERDUE').map((o) => ({ ...o.submitter, dueOn: o.dueOn })),
    byFamily: { frequency: period.input.frequency, families: statistics.statistics.reportingByFamily },
  };
}

/** Open on `asOf`: opened by then, and not resolved or closed by then. */
function openOn(item: { status: string; openedOn: string; resolvedOn: string | null }, asOf: string): boolean {
  if (item.openedOn > asOf) return false;
  if (item.resolvedOn) return item.resolvedOn > asOf;
  return item.status === 'RECEIVED' || item.status === 'IN_PROGRESS';
}

function casesSection(unit: NonNullable<ReportCasesQuery['administrativeUnit']>, asOf: string): CasesSection {
  return {
    open: unit.cases
      .filter((c) => openOn(c, asOf))
      .map((c) => ({
        reference: c.reference,
        title: c.title,
        category: c.category,
        status: c.status,
        openedOn: c.openedOn,
        resolvedOn: c.resolvedOn,
        householdsAffected: c.householdsAffected,
        unit: c.unit,
        responsibleAgency: ofFamily('STATE', 'StateAgency')(c.responsibleAgency),
        supervisedBy: distinct((c.supervisions ?? []).map((s) => ofFamily('FRONT', 'FrontOrganization')(s.conductedBy))),
        supportedBy: distinct((c.armedForcesSupport ?? []).map((a) => ofFamily('ARMED_FORCES', 'ArmedUnit')(a.conductedBy))),
        directives: (c.directives ?? []).map((d) => ({
          number: d.number,
          kind: d.kind,
          issuer: ofFamily('PARTY', 'PartyCommittee')(d.issuer),
        })),
      })),
    openedByCategory: unit.statistics.casesByCategory,
  };
}

const byDateThenTitle =
  <T extends { title: string }>(date: (item: T) => string) =>
  (a: T, b: T) =>
    date(a).localeCompare(date(b)) || a.title.localeCompare(b.title, 'vi');

function dialoguesSection(unit: NonNullable<ReportDialoguesQuery['administrativeUnit']>): DialoguesSection {
  return {
    byLevel: unit.statistics.dialoguesByLevel,
    list: unit.dialogues
      .map((d) => ({
        title: d.title,
        heldOn: d.heldOn,
        level: d.level,
        unit: d.unit,
        hostAgency: d.hostAgency.name,
        chairedBy: d.chairedBy ? `${d.chairedBy.name}, ${d.chairedBy.title}` : null,
        participants: d.participants,
        issuesRaised: d.issuesRaised,
        issuesResolved: d.issuesResolved,
        caseReference: d.case?.reference ?? null,
      }))
      .sort(byDateThenTitle((d) => d.heldOn)),
  };
}

function modelsSection(unit: NonNullable<ReportModelsQuery['administrativeUnit']>, year: number): ModelsSection {
  return {
    year,
    byKind: unit.statistics.modelsByKind,
    byField: unit.statistics.modelsByField,
    list: (unit.mobilizationModels ?? []).map((m) => ({
      name: m.name,
      kind: m.kind,
      field: m.field,
      year: m.year,
      unit: m.unit,
      owner: organization(m.owner),
    })),
  };
}

function activitiesSection(unit: NonNullable<ReportActivitiesQuery['administrativeUnit']>): ActivitiesSection {
  return {
    byKind: unit.statistics.activitiesByKind,
    list: (unit.mobilizationActivities ?? [])
      .map((a) => ({
        title: a.title,
        kind: a.kind,
        startedOn: a.startedOn,
        endedOn: a.endedOn,
        unit: a.unit,
        conductedBy: ofFamily('ARMED_FORCES', 'ArmedUnit')(a.conductedBy),
        personnel: a.personnel,
        manDays: a.manDays,
        householdsReached: a.householdsReached,
        caseReference: a.case?.reference ?? null,
        programTitle: a.coordinationProgram?.title ?? null,
      }))
      .sort(byDateThenTitle((a) => a.startedOn)),
  };
}

type ProgramNode = ReportProgramsQuery['coordinationPrograms']['nodes'][number];

/** Every page of the programs active on the day. */
async function collectPrograms(client: GatewayClient, activeOn: string): Promise<ProgramNode[]> {
  const nodes: ProgramNode[] = [];
  let after: string | null = null;
  do {
    const { coordinationPrograms: page }: ReportProgramsQuery = await client.request(ReportProgramsDocument, { activeOn, after });
    nodes.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/**
 * Whether one unit is the other, above it or below it in the official hierarchy.
 * A program concerns a unit when it is led or joined from there, from above (a
 * central program covers every province) or from below.
 */
function sameBranch(a: string, b: string, activeOn: string): boolean {
  if (a === b) return true;
  const pathA = nearestUnit(a, activeOn)?.path;
  const pathB = nearestUnit(b, activeOn)?.path;
  return !!pathA && !!pathB && (pathA.startsWith(pathB) || pathB.startsWith(pathA));
}

function programsSection(nodes: ProgramNode[], unitCode: string, activeOn: string): ProgramsSection {
  const list: ProgramItem[] = nodes
    .filter(
      (p) =>
        sameBranch(p.leadCommission.unit.code, unitCode, activeOn) ||
        p.participants.some((x) => x.organization.unit && sameBranch(x.organization.unit.code, unitCode, activeOn)),
    )
    .map((p) => ({
      title: p.title,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      basedOn: p.basedOn?.number ?? null,
      leadCommission: { ...ofFamily('PARTY', 'MassMobilizationCommission')(p.leadCommission), unitCode: p.leadCommission.unit.code },
      participants: p.participants.map((x) => ({
        organization: organization(x.organization),
        responsibility: x.responsibility,
        joinedOn: x.joinedOn,
      })),
    }));
  return { activeOn, list };
}

function workingSessionsSection(unit: NonNullable<ReportWorkingSessionsQuery['administrativeUnit']>): WorkingSessionsSection {
  return {
    held: unit.statistics.workingSessions,
    list: (unit.workingSessions ?? [])
      .map((s) => ({
        heldOn: s.heldOn,
        committee: ofFamily('PARTY', 'PartyCommittee')(s.committee),
        unit: s.unit,
        participants: s.participants.map((p) => ({ ...organization(p), ...('nameAtPeriodEnd' in p ? { name: p.nameAtPeriodEnd } : {}) })),
        topics: s.topics,
        conclusions: s.conclusions,
        caseReferences: (s.cases ?? []).map((c) => c.reference),
      }))
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.committee.name.localeCompare(b.committee.name, 'vi')),
  };
}
