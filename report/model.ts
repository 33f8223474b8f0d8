import type { ReportFrequency, ReportPeriod } from './period';

/**
 * The coordination report's data (design section 5, scenario 6): what the
 * collector gathers through the gateway and every renderer formats. Names,
 * titles and other data are kept as the graph gives them (Vietnamese); enum
 * values stay the graph's (`ON_TIME`, `WATER_SUPPLY`), the renderers label them.
 */
export interface ReportModel {
  unit: UnitInfo;
  period: ReportPeriod;
  /** The date statuses are computed for, `YYYY-MM-DD` (Vietnam). */
  asOf: string;
  /** When the report was made: an ISO date-time. */
  generatedAt: string;
  /** The gateway the data came through. */
  gateway: string;
  /** The subgraphs behind it, each with what it contributed. */
  sources: Source[];
  compliance: ComplianceSection;
  cases: CasesSection;
  dialogues: DialoguesSection;
  models: ModelsSection;
  activities: ActivitiesSection;
  programs: ProgramsSection;
  workingSessions: WorkingSessionsSection;
}

export type Family = 'PARTY' | 'STATE' | 'FRONT' | 'ARMED_FORCES';
export type Level = 'CENTRAL' | 'PROVINCIAL' | 'DISTRICT' | 'COMMUNE';

export interface Source {
  subgraph: 'party' | 'state' | 'front' | 'armed-forces';
  family: Family;
  contributes: string;
}

/** The four subgraphs, in the order the design lists them. */
export const SOURCES: readonly Source[] = [
  {
    subgraph: 'party',
    family: 'PARTY',
    contributes:
      'party committees and commissions, reporting compliance, Skilled Mass Mobilization models, coordination programs, directives, working sessions',
  },
  { subgraph: 'state', family: 'STATE', contributes: 'administrative units, state agencies, cases, dialogues' },
  { subgraph: 'front', family: 'FRONT', contributes: 'Front and socio-political organizations, supervisions' },
  { subgraph: 'armed-forces', family: 'ARMED_FORCES', contributes: 'armed units, mass-mobilization activities' },
];

export interface UnitInfo {
  code: string;
  name: string;
  level: Level;
  /** `Tỉnh`, `Huyện`, `Xã`, ... */
  unitType: string;
  parent: { code: string; name: string } | null;
}

/** An organization of any family (a member of the graph's `Organization` union). */
export interface OrganizationRef {
  id: string;
  name: string;
  family: Family;
  /** The GraphQL type: `PartyCommittee`, `StateAgency`, ... */
  type: string;
  /** Its administrative unit's code, when asked for. */
  unitCode?: string;
}

export type ObligationStatus = 'ON_TIME' | 'LATE' | 'OVERDUE' | 'NOT_YET_DUE';

export interface ComplianceTotals {
  obligations: number;
  onTime: number;
  late: number;
  overdue: number;
  notYetDue: number;
  /** On-time reports as a share (0 to 1) of the obligations already due; null when none is due. */
  complianceRate: number | null;
}

export interface Obligation {
  submitter: OrganizationRef;
  recipient: string;
  copyTo: string | null;
  dueOn: string;
  status: ObligationStatus;
  /** The report that settles it (the latest correction when corrected); null when none yet. */
  report: {
    title: string;
    submittedAt: string;
    /** When the first report of the chain was submitted, if this one is a correction: it decides timeliness. */
    firstSubmittedAt: string | null;
  } | null;
}

export interface FamilyCompliance extends ComplianceTotals {
  family: Family;
}

/** A hot spot a report of the period raises, with who raised it and its case. */
export interface HotSpotItem {
  description: string;
  raisedBy: OrganizationRef;
  /** The case's reference and title; null when the report names none. */
  case: { reference: string; title: string } | null;
}

export interface ComplianceSection {
  /** The party committee that receives the reports; null when the unit has none. */
  recipient: string | null;
  /** Why these obligations: the reporting guidance in force (design section 4). */
  guidance: string;
  /** Whether the guidance asks for a report for the period at all. */
  owed: boolean;
  /** The days the period's figures cover under the guidance (the calendar, or Decree 09/2019/NĐ-CP's). */
  covered: { from: string; to: string };
  /** Every hot spot the period's reports raise, in the order of the obligations. */
  hotSpots: HotSpotItem[];
  totals: ComplianceTotals;
  obligations: Obligation[];
  /** The organizations whose report is overdue, with the date it was due. */
  overdue: (OrganizationRef & { dueOn: string })[];
  /** Over the unit and every unit below it, the periods of the report's frequency that end in the period. */
  byFamily: { frequency: ReportFrequency; families: FamilyCompliance[] };
}

export type CaseStatus = 'RECEIVED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED';

export interface CaseItem {
  reference: string;
  title: string;
  category: string;
  /** The status now (the graph keeps no history of statuses). */
  status: CaseStatus;
  openedOn: string;
  resolvedOn: string | null;
  householdsAffected: number | null;
  unit: { code: string; name: string };
  responsibleAgency: OrganizationRef;
  /** Front organizations that supervised it. */
  supervisedBy: OrganizationRef[];
  /** Armed units whose activities supported it. */
  supportedBy: OrganizationRef[];
  /** Party directives about it, with their issuers. */
  directives: { number: string; kind: string; issuer: OrganizationRef }[];
}

export interface CaseCategoryCount {
  category: string;
  cases: number;
  byStatus: { status: CaseStatus; cases: number }[];
  medianDaysToResolve: number | null;
}

export interface CasesSection {
  /** Cases of the unit and below open on the as-of date: opened by then and not resolved or closed by then. */
  open: CaseItem[];
  /** Cases opened in the period, by category (statistics). */
  openedByCategory: CaseCategoryCount[];
}

export interface DialogueLevelCount {
  level: Level;
  dialogues: number;
  participants: number;
  issuesRaised: number;
  issuesResolved: number;
}

export interface DialogueItem {
  title: string;
  heldOn: string;
  level: Level;
  unit: { code: string; name: string };
  hostAgency: string;
  chairedBy: string | null;
  participants: number;
  issuesRaised: number;
  issuesResolved: number;
  caseReference: string | null;
}

export interface DialoguesSection {
  byLevel: DialogueLevelCount[];
  list: DialogueItem[];
}

export interface ModelItem {
  name: string;
  kind: string;
  field: string;
  year: number;
  unit: { code: string; name: string };
  owner: OrganizationRef;
}

export interface ModelsSection {
  year: number;
  byKind: { kind: string; models: number }[];
  byField: { field: string; models: number }[];
  list: ModelItem[];
}

export interface ActivityKindCount {
  kind: string;
  activities: number;
  personnel: number;
  manDays: number;
  householdsReached: number;
}

export interface ActivityItem {
  title: string;
  kind: string;
  startedOn: string;
  endedOn: string | null;
  unit: { code: string; name: string };
  conductedBy: OrganizationRef;
  personnel: number;
  manDays: number;
  householdsReached: number;
  caseReference: string | null;
  programTitle: string | null;
}

export interface ActivitiesSection {
  byKind: ActivityKindCount[];
  list: ActivityItem[];
}

export interface ProgramItem {
  title: string;
  startsOn: string;
  endsOn: string | null;
  basedOn: string | null;
  leadCommission: OrganizationRef;
  participants: { organization: OrganizationRef; responsibility: string | null; joinedOn: string }[];
}

export interface ProgramsSection {
  /** The day programs are taken active on: the period's last day. */
  activeOn: string;
  list: ProgramItem[];
}

export interface WorkingSessionItem {
  heldOn: string;
  /** The party committee that held it. */
  committee: OrganizationRef;
  /** The committee's unit as it stood on the day. */
  unit: { code: string; name: string };
  /** The organizations it worked with, of every family, in the order recorded. */
  participants: OrganizationRef[];
  topics: string[];
  conclusions: string | null;
  /** The references of the citizens' cases it discussed that the reader may see. */
  caseReferences: string[];
}

export interface WorkingSessionsSection {
  /** How many the committees of the unit and below held in the period, as the graph counts them (over a province, RESTRICTED ones too). */
  held: number;
  /** Those the reader may see, oldest first. */
  list: WorkingSessionItem[];
}
