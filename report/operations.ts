/**
 * The GraphQL operations the report runs through the gateway, one per section
 * (so that the progress display has a step per query and no single operation
 * nears the gateway's depth and cost limits), with the shapes of their answers.
 * Written against the published contract (`schema/supergraph.graphql`).
 */

/** Any member of the `Organization` union, with the fields every member has. */
const ORGANIZATION = /* GraphQL */ `
  fragment ReportOrganization on Organization {
    __typename
    ... on PartyCommittee {
      id
      name
      unit {
        code
      }
    }
    ... on MassMobilizationCommission {
      id
      name
      unit {
        code
      }
    }
    ... on StateAgency {
      id
      name
      unit {
        code
      }
    }
    ... on FrontOrganization {
      id
      name
      unit {
        code
      }
    }
    ... on ArmedUnit {
      id
      name
      unit {
        code
      }
    }
  }
`;

export interface OrganizationData {
  __typename: 'PartyCommittee' | 'MassMobilizationCommission' | 'StateAgency' | 'FrontOrganization' | 'ArmedUnit';
  id: string;
  name: string;
  unit: { code: string };
}

interface UnitRef {
  code: string;
  name: string;
}

export const UNIT = /* GraphQL */ `
  query ReportUnit($code: ID!) {
    administrativeUnit(code: $code) {
      code
      name
      level
      unitType
      parent {
        code
        name
      }
    }
  }
`;

export interface UnitData {
  administrativeUnit: {
    code: string;
    name: string;
    level: 'CENTRAL' | 'PROVINCIAL' | 'DISTRICT' | 'COMMUNE';
    unitType: string;
    parent: UnitRef | null;
  } | null;
}

/** A report's chain of corrections, three deep: the first report decides timeliness. */
export const COMPLIANCE = /* GraphQL */ `
  query ReportCompliance($code: ID!, $period: PeriodInput!, $asOf: Date) {
    administrativeUnit(code: $code) {
      reportingCompliance(period: $period, asOf: $asOf) {
        recipient {
          name
        }
        onTime
        late
        overdue
        notYetDue
        complianceRate
        obligations {
          dueOn
          status
          submitter {
            ...ReportOrganization
          }
          recipient {
            name
          }
          copyTo {
            name
          }
          report {
            title
            submittedAt
            corrects {
              submittedAt
              corrects {
                submittedAt
                corrects {
                  submittedAt
                }
              }
            }
          }
        }
      }
    }
  }
  ${ORGANIZATION}
`;

export interface CorrectedReport {
  submittedAt: string;
  corrects?: CorrectedReport | null;
}

export interface ComplianceData {
  administrativeUnit: {
    reportingCompliance: {
      recipient: { name: string } | null;
      onTime: number;
      late: number;
      overdue: number;
      notYetDue: number;
      complianceRate: number | null;
      obligations: {
        dueOn: string;
        status: 'ON_TIME' | 'LATE' | 'OVERDUE' | 'NOT_YET_DUE';
        submitter: OrganizationData;
        recipient: { name: string };
        copyTo: { name: string } | null;
        report: { title: string; submittedAt: string; corrects: CorrectedReport | null } | null;
      }[];
    };
  } | null;
}

export const COMPLIANCE_BY_FAMILY = /* GraphQL */ `
  query ReportComplianceByFamily($code: ID!, $from: Date!, $to: Date!, $frequency: ReportFrequency!, $asOf: Date) {
    administrativeUnit(code: $code) {
      statistics(from: $from, to: $to) {
        reportingByFamily(frequency: $frequency, asOf: $asOf) {
          family
          obligations
          onTime
          late
          overdue
          notYetDue
          complianceRate
        }
      }
    }
  }
`;

export interface ComplianceByFamilyData {
  administrativeUnit: {
    statistics: {
      reportingByFamily: {
        family: 'PARTY' | 'STATE' | 'FRONT' | 'ARMED_FORCES';
        obligations: number;
        onTime: number;
        late: number;
        overdue: number;
        notYetDue: number;
        complianceRate: number | null;
      }[];
    };
  } | null;
}

/**
 * Every case of the unit and below (open or not: whether it was open on the
 * as-of date follows from its dates), and the statistics of those opened in
 * the period.
 */
export const CASES = /* GraphQL */ `
  query ReportCases($code: ID!, $from: Date!, $to: Date!) {
    administrativeUnit(code: $code) {
      cases(includeDescendants: true) {
        reference
        title
        category
        status
        openedOn
        resolvedOn
        householdsAffected
        unit {
          code
          name
        }
        responsibleAgency {
          id
          name
        }
        supervisions {
          conductedBy {
            id
            name
          }
        }
        armedForcesSupport {
          conductedBy {
            id
            name
          }
        }
        directives {
          number
          kind
          issuer {
            id
            name
          }
        }
      }
      statistics(from: $from, to: $to) {
        casesByCategory {
          category
          cases
          byStatus {
            status
            cases
          }
          medianDaysToResolve
        }
      }
    }
  }
`;

interface Named {
  id: string;
  name: string;
}

export interface CasesData {
  administrativeUnit: {
    cases: {
      reference: string;
      title: string;
      category: string;
      status: 'RECEIVED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED';
      openedOn: string;
      resolvedOn: string | null;
      householdsAffected: number | null;
      unit: UnitRef;
      responsibleAgency: Named;
      /** Null when the front subgraph could not be reached (the gateway then also reports an error). */
      supervisions: { conductedBy: Named }[] | null;
      armedForcesSupport: { conductedBy: Named }[] | null;
      directives: { number: string; kind: string; issuer: Named }[] | null;
    }[];
    statistics: {
      casesByCategory: {
        category: string;
        cases: number;
        byStatus: { status: 'RECEIVED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED'; cases: number }[];
        medianDaysToResolve: number | null;
      }[];
    };
  } | null;
}

export const DIALOGUES = /* GraphQL */ `
  query ReportDialogues($code: ID!, $from: Date!, $to: Date!) {
    administrativeUnit(code: $code) {
      dialogues(includeDescendants: true, from: $from, to: $to) {
        title
        heldOn
        level
        participants
        issuesRaised
        issuesResolved
        unit {
          code
          name
        }
        hostAgency {
          name
        }
        chairedBy {
          name
          title
        }
        case {
          reference
        }
      }
      statistics(from: $from, to: $to) {
        dialoguesByLevel {
          level
          dialogues
          participants
          issuesRaised
          issuesResolved
        }
      }
    }
  }
`;

export interface DialoguesData {
  administrativeUnit: {
    dialogues: {
      title: string;
      heldOn: string;
      level: 'CENTRAL' | 'PROVINCIAL' | 'DISTRICT' | 'COMMUNE';
      participants: number;
      issuesRaised: number;
      issuesResolved: number;
      unit: UnitRef;
      hostAgency: { name: string };
      chairedBy: { name: string; title: string } | null;
      case: { reference: string } | null;
    }[];
    statistics: {
      dialoguesByLevel: {
        level: 'CENTRAL' | 'PROVINCIAL' | 'DISTRICT' | 'COMMUNE';
        dialogues: number;
        participants: number;
        issuesRaised: number;
        issuesResolved: number;
      }[];
    };
  } | null;
}

export const MODELS = /* GraphQL */ `
  query ReportModels($code: ID!, $year: Int!, $from: Date!, $to: Date!) {
    administrativeUnit(code: $code) {
      mobilizationModels(includeDescendants: true, year: $year) {
        name
        kind
        field
        year
        unit {
          code
          name
        }
        owner {
          ...ReportOrganization
        }
      }
      statistics(from: $from, to: $to) {
        modelsByKind {
          kind
          models
        }
        modelsByField {
          field
          models
        }
      }
    }
  }
  ${ORGANIZATION}
`;

export interface ModelsData {
  administrativeUnit: {
    /** Null when the party subgraph could not be reached. */
    mobilizationModels:
      | {
          name: string;
          kind: string;
          field: string;
          year: number;
          unit: UnitRef;
          owner: OrganizationData;
        }[]
      | null;
    statistics: {
      modelsByKind: { kind: string; models: number }[];
      modelsByField: { field: string; models: number }[];
    };
  } | null;
}

export const ACTIVITIES = /* GraphQL */ `
  query ReportActivities($code: ID!, $from: Date!, $to: Date!) {
    administrativeUnit(code: $code) {
      mobilizationActivities(includeDescendants: true, from: $from, to: $to) {
        title
        kind
        startedOn
        endedOn
        personnel
        manDays
        householdsReached
        unit {
          code
          name
        }
        conductedBy {
          id
          name
        }
        case {
          reference
        }
        coordinationProgram {
          title
        }
      }
      statistics(from: $from, to: $to) {
        activitiesByKind {
          kind
          activities
          personnel
          manDays
          householdsReached
        }
      }
    }
  }
`;

export interface ActivitiesData {
  administrativeUnit: {
    /** Null when the armed-forces subgraph could not be reached. */
    mobilizationActivities:
      | {
          title: string;
          kind: string;
          startedOn: string;
          endedOn: string | null;
          personnel: number;
          manDays: number;
          householdsReached: number;
          unit: UnitRef;
          conductedBy: Named;
          case: { reference: string } | null;
          coordinationProgram: { title: string } | null;
        }[]
      | null;
    statistics: {
      activitiesByKind: {
        kind: string;
        activities: number;
        personnel: number;
        manDays: number;
        householdsReached: number;
      }[];
    };
  } | null;
}

/** One page of the programs active on a day (the list is paginated). */
export const PROGRAMS = /* GraphQL */ `
  query ReportPrograms($activeOn: Date!, $after: String) {
    coordinationPrograms(filter: { activeOn: $activeOn }, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        title
        startsOn
        endsOn
        basedOn {
          number
        }
        leadCommission {
          id
          name
          unit {
            code
          }
        }
        participants {
          responsibility
          joinedOn
          organization {
            ...ReportOrganization
          }
        }
      }
    }
  }
  ${ORGANIZATION}
`;

export interface ProgramsData {
  coordinationPrograms: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: {
      title: string;
      startsOn: string;
      endsOn: string | null;
      basedOn: { number: string } | null;
      leadCommission: Named & { unit: { code: string } };
      participants: { responsibility: string | null; joinedOn: string; organization: OrganizationData }[];
    }[];
  };
}
