import { organizationKey, vietnamDate, type Level } from '../../../lib';
import type { ForeignOrganizationReference } from '../references';
import { coveredDays, dueOn as guidedDueOn, type Guidance, owes, REGULATION_DEFAULTS } from './guidance';
import { ReportingPeriod } from './periods';
import { owesUnitReport, type PublishedOrganization } from './regime';

/**
 * One unit's obligations under the reporting regime (`regime.ts` states its rules),
 * as pure functions: who owes a report to a unit's party committee, and where each
 * obligation stands as of a date. The resolvers feed them what the loaders fetched;
 * the tests feed them plain objects.
 */
export type ObligationStatus = 'ON_TIME' | 'LATE' | 'OVERDUE' | 'NOT_YET_DUE';
export type ObligationRule = 'UNIT_ORGANIZATION' | 'SUBORDINATE_COMMITTEE';

/** What the rules need of a unit: its tier and its organizations, as their owners publish them (`@requires`). */
export interface UnitOrganizations {
  level: Level;
  stateAgencies: readonly { id: string; kind: string; level: Level }[];
  frontOrganizations: readonly { id: string; level: Level }[];
  armedUnits: readonly { id: string; kind: string; level: Level }[];
}

/** Rule 1 for one unit (`regime.ts`): the organizations of the unit that report to its party committee, in the owners' order. */
export function unitOrganizationSubmitters(unit: UnitOrganizations): ForeignOrganizationReference[] {
  const published: PublishedOrganization[] = [
    ...unit.stateAgencies.map((agency) => ({ type: 'StateAgency' as const, ...agency })),
    ...unit.frontOrganizations.map((organization) => ({ type: 'FrontOrganization' as const, ...organization })),
    ...unit.armedUnits.map((armed) => ({ type: 'ArmedUnit' as const, ...armed })),
  ];
  return published.filter((organization) => owesUnitReport(organization, unit.level)).map(({ type, id }) => ({ __typename: type, id }));
}

/** The facts about a report that its obligation's status depends on. */
export interface ReportFacts {
  id: string;
  kind: 'PERIODIC' | 'URGENT';
  submittedAt: Date;
  /** The first report of the correction chain; null for an original. */
  originalId: string | null;
}

/**
 * Where one obligation stands as of `asOf` (a Vietnam calendar date), given the
 * reports the submitter sent its recipient for the period:
 * - only PERIODIC reports submitted on or before `asOf` count (rule 3: an urgent
 *   report never settles an obligation);
 * - the first of them decides timeliness: ON_TIME when submitted by the end of
 *   `dueOn` in Vietnam's time, else LATE;
 * - none: OVERDUE once `asOf` is past `dueOn`, else NOT_YET_DUE;
 * - the report shown is the latest correction in the first report's chain: a
 *   correction supersedes its content, not its timeliness.
 */
export function obligationStatus<R extends ReportFacts>(
  reports: readonly R[],
  dueOn: string,
  asOf: string,
): { status: ObligationStatus; report: R | null } {
  const counted = reports
    .filter((report) => report.kind === 'PERIODIC' && vietnamDate(report.submittedAt) <= asOf)
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id.localeCompare(b.id));
  const first = counted[0];
  if (!first) return { status: asOf > dueOn ? 'OVERDUE' : 'NOT_YET_DUE', report: null };
  const chain = first.originalId ?? first.id;
  const latest = counted.filter((report) => (report.originalId ?? report.id) === chain).pop()!;
  return { status: vietnamDate(first.submittedAt) <= dueOn ? 'ON_TIME' : 'LATE', report: latest };
}

/** A report as the compliance computation sees it: the facts plus who sent it. */
export interface SubmittedReport extends ReportFacts {
  submitterType: string;
  submitterId: string;
}

export interface Obligation<S, C, M, R> {
  submitter: S;
  recipient: C;
  copyTo: M | null;
  rule: ObligationRule;
  dueOn: string;
  status: ObligationStatus;
  report: R | null;
}

export interface Compliance<S, C, M, R> {
  period: ReportingPeriod;
  guidance: Guidance;
  /** Whether the guidance asks for a report for the period; when not, nothing is owed. */
  owed: boolean;
  coveredFrom: string;
  coveredTo: string;
  asOf: string;
  recipient: C | null;
  obligations: Obligation<S, C, M, R>[];
  onTime: number;
  late: number;
  overdue: number;
  notYetDue: number;
  complianceRate: number | null;
}

export interface ComplianceInput<S, C, M, R> {
  period: ReportingPeriod;
  asOf: string;
  /** The unit's party committee; without one nothing is owed to it. */
  recipient: C | null;
  /** The recipient's commission, which gets a copy; null at commune level. */
  copyTo: M | null;
  /** Rule 1 submitters (`unitOrganizationSubmitters`). */
  unitSubmitters: readonly S[];
  /** Rule 2 submitters: the committees whose parent is the recipient. */
  subordinateCommittees: readonly S[];
  /** The reports addressed to the recipient for the period (any kind, any date: filtered here). */
  reports: readonly R[];
  /** The guidance in force for the period at the unit (`guidanceFor`); the regulation's defaults when omitted. */
  guidance?: Guidance;
}

/**
 * Every obligation towards a unit's party committee for a period (rule 1 first,
 * then rule 2), with totals and the compliance rate: on-time reports as a share of
 * the obligations already due (on time, late or overdue); null when none is due.
 */
export function compliance<S extends { __typename: string; id: string }, C, M, R extends SubmittedReport>(
  input: ComplianceInput<S, C, M, R>,
): Compliance<S, C, M, R> {
  const { period, asOf, recipient, copyTo } = input;
  const guidance = input.guidance ?? REGULATION_DEFAULTS;
  const owed = owes(guidance, period);
  const dueOn = guidedDueOn(guidance, period);
  const bySubmitter = new Map<string, R[]>();
  for (const report of input.reports) {
    const key = organizationKey(report.submitterType, report.submitterId);
    bySubmitter.set(key, [...(bySubmitter.get(key) ?? []), report]);
  }
  const obligations: Obligation<S, C, M, R>[] = [];
  if (recipient && owed) {
    const rules: [ObligationRule, readonly S[]][] = [
      ['UNIT_ORGANIZATION', input.unitSubmitters],
      ['SUBORDINATE_COMMITTEE', input.subordinateCommittees],
    ];
    for (const [rule, submitters] of rules) {
      for (const submitter of submitters) {
        const reports = bySubmitter.get(organizationKey(submitter.__typename, submitter.id)) ?? [];
        obligations.push({ submitter, recipient, copyTo, rule, dueOn, ...obligationStatus(reports, dueOn, asOf) });
      }
    }
  }
  const count = (status: ObligationStatus) => obligations.filter((o) => o.status === status).length;
  const onTime = count('ON_TIME');
  const late = count('LATE');
  const overdue = count('OVERDUE');
  const covered = coveredDays(guidance, period);
  return {
    period,
    guidance,
    owed,
    coveredFrom: covered.from,
    coveredTo: covered.to,
    asOf,
    recipient,
    obligations,
    onTime,
    late,
    overdue,
    notYetDue: count('NOT_YET_DUE'),
    complianceRate: complianceRate({ onTime, late, overdue }),
  };
}

/**
 * On-time reports as a share of the obligations already due (on time, late or
 * overdue); null when none is due yet, rather than a rate of a nothing.
 */
export function complianceRate({ onTime, late, overdue }: { onTime: number; late: number; overdue: number }): number | null {
  const due = onTime + late + overdue;
  return due === 0 ? null : onTime / due;
}
