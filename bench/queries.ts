/**
 * What `npm run bench` asks: the acceptance queries of design section 5 (the README's
 * examples), over units, periods, cases and programs found in the running graph, so
 * that the load is varied the way real use is, and the same for both engines.
 */

/** Scenario 1: a unit's overview (a dashboard's first screen). */
export const UNIT_OVERVIEW = `query UnitOverview($code: ID!, $asOf: Date) {
  administrativeUnit(code: $code, asOf: $asOf) {
    name level
    partyCommittee { name head { name title } }
    massMobilizationCommission { name head { name title } }
    peoplesCommittee { name head { name title } }
    frontOrganizations { name kind head { name title } }
    armedUnits { name kind head { name title } }
    cases(includeDescendants: true, open: true) { reference title category responsibleAgency { name } }
    dialogues(includeDescendants: true) { title heldOn level }
    mobilizationModels(includeDescendants: true) { name kind field year }
    mobilizationActivities(includeDescendants: true) { title kind personnel manDays conductedBy { name } }
  }
}`;

/** Scenario 2: reporting compliance of a unit for a period, as of a day. */
export const COMPLIANCE = `query Compliance($code: ID!, $asOf: Date, $period: PeriodInput!) {
  administrativeUnit(code: $code, asOf: $asOf) {
    reportingCompliance(period: $period, asOf: $asOf) {
      onTime late overdue notYetDue complianceRate
      obligations {
        dueOn status
        submitter { __typename ... on StateAgency { name } ... on FrontOrganization { name } ... on ArmedUnit { name } ... on PartyCommittee { name } }
        recipient { name }
        report { title submittedAt }
      }
    }
  }
}`;

/** Scenario 3: a coordination program with participants from every family. */
export const PROGRAM = `query Program($id: ID!) {
  coordinationProgram(id: $id) {
    title leadCommission { name head { name } }
    participants { responsibility organization { __typename ... on ArmedUnit { name kind } ... on StateAgency { name } ... on FrontOrganization { name } ... on MassMobilizationCommission { name } } }
    reviews { year heldOn summary }
    armedForcesActivities { title personnel manDays conductedBy { name } }
    frontActivities { __typename ... on Supervision { title conductedBy { name } } ... on Campaign { name organizer { name } } }
  }
}`;

/** Scenario 4: a citizens' case, with what every family did about it. */
export const CITIZENS_CASE = `query CitizensCase($reference: String!) {
  caseByReference(reference: $reference) {
    title status householdsAffected
    responsibleAgency { name }
    dialogues { title heldOn participants }
    supervisions { title conductedBy { name } recommendations { content status } }
    armedForcesSupport { title personnel manDays conductedBy { name } }
    directives { number kind issuer { name } }
  }
}`;

/** Scenario 5: a unit's statistics over a year, every family's figures. */
export const STATISTICS = `query Statistics($code: ID!, $asOf: Date, $from: Date!, $to: Date!, $byFamilyAsOf: Date) {
  administrativeUnit(code: $code, asOf: $asOf) {
    statistics(from: $from, to: $to) {
      modelsByKind { kind models } modelsByField { field models } modelsByYear { year models }
      workingSessions
      dialoguesByLevel { level dialogues participants }
      casesByCategory { category cases byStatus { status cases } medianDaysToResolve }
      activitiesByKind { kind activities personnel manDays householdsReached }
      reportingByFamily(frequency: QUARTERLY, asOf: $byFamilyAsOf) { family obligations onTime late overdue complianceRate }
    }
  }
}`;

/** What the benchmark found in the graph to ask about. */
export interface Fixtures {
  /** Units in force today, by level. */
  today: { provinces: string[]; communes: string[] };
  /** Units of 2024 (three levels). */
  before: { provinces: string[]; districts: string[]; communes: string[] };
  caseReferences: string[];
  programIds: string[];
  /** The day the data is "today" for (the seed's), and the latest quarter reported by then. */
  asOf: string;
}

export interface Request {
  kind: QueryKind;
  body: string;
}

export type QueryKind = 'overview' | 'compliance' | 'statistics' | 'case' | 'program';

/** How often each scenario is asked in real use (a dashboard's first screen most; a program least). */
export const MIX_WEIGHTS: Record<QueryKind, number> = { overview: 3, compliance: 3, case: 2, statistics: 1, program: 1 };

function body(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}

/** Deterministic picks: the same requests, in the same order, for both engines and every run. */
function* cycle<T>(items: readonly T[]): Generator<T> {
  for (let i = 0; ; i += 1) yield items[(i * 7919) % items.length];
}

const QUARTERS_2024 = [1, 2, 3, 4].map((index) => ({ year: 2024, frequency: 'QUARTERLY', index }));

/** Every request of one scenario, varied over units and periods (at most `limit`). */
export function requestsOf(kind: QueryKind, fixtures: Fixtures, limit = 200): Request[] {
  const out: Request[] = [];
  const add = (b: string) => out.length < limit && out.push({ kind, body: b });
  const { today, before, asOf } = fixtures;
  const year = Number(asOf.slice(0, 4));
  switch (kind) {
    case 'overview': {
      // Mostly today's provinces and communes; some 2024 districts (history is read too).
      const units = [...today.provinces, ...today.communes.slice(0, 100)].map((code) => ({ code, asOf }));
      units.push(...before.districts.slice(0, 40).map((code) => ({ code, asOf: '2024-09-30' })));
      const pick = cycle(units);
      for (let i = 0; i < Math.min(limit, units.length); i += 1) add(body(UNIT_OVERVIEW, pick.next().value!));
      break;
    }
    case 'compliance': {
      // Today's units for this year's first quarter and half, 2024's for its quarters.
      const latest = [
        { year, frequency: 'QUARTERLY', index: 1 },
        { year, frequency: 'SEMI_ANNUAL', index: 1 },
      ];
      const asks = [
        ...today.provinces.flatMap((code) => latest.map((period) => ({ code, asOf, period }))),
        ...today.communes.slice(0, 60).map((code) => ({ code, asOf, period: latest[0] })),
        ...before.provinces.flatMap((code) => QUARTERS_2024.map((period) => ({ code, asOf: '2025-01-31', period }))),
        ...before.districts.slice(0, 60).map((code) => ({ code, asOf: '2024-10-20', period: QUARTERS_2024[2] })),
      ];
      const pick = cycle(asks);
      for (let i = 0; i < Math.min(limit, asks.length); i += 1) add(body(COMPLIANCE, pick.next().value!));
      break;
    }
    case 'statistics': {
      const asks = [
        ...today.provinces.map((code) => ({ code, asOf, from: `${year}-01-01`, to: asOf, byFamilyAsOf: asOf })),
        ...before.provinces.map((code) => ({ code, asOf: '2024-12-31', from: '2024-01-01', to: '2024-12-31', byFamilyAsOf: '2025-01-31' })),
      ];
      for (const ask of asks) add(body(STATISTICS, ask));
      break;
    }
    case 'case':
      for (const reference of fixtures.caseReferences) add(body(CITIZENS_CASE, { reference }));
      break;
    case 'program':
      for (const id of fixtures.programIds) add(body(PROGRAM, { id }));
      break;
  }
  return out;
}

/** The weighted mix: each scenario's requests, repeated by its weight, interleaved. */
export function mixOf(fixtures: Fixtures): Request[] {
  const lists = (Object.keys(MIX_WEIGHTS) as QueryKind[]).map((kind) => ({ kind, requests: requestsOf(kind, fixtures, 60) }));
  const out: Request[] = [];
  for (let round = 0; round < 60; round += 1) {
    for (const { kind, requests } of lists) {
      if (requests.length === 0) continue;
      for (let w = 0; w < MIX_WEIGHTS[kind]; w += 1) out.push(requests[(round * MIX_WEIGHTS[kind] + w) % requests.length]);
    }
  }
  return out;
}

/** The burst: one province's dashboard, identical from every client. */
export function burstOf(fixtures: Fixtures): Request[] {
  const code = fixtures.today.provinces.includes('68') ? '68' : fixtures.today.provinces[0];
  return [{ kind: 'overview', body: body(UNIT_OVERVIEW, { code, asOf: fixtures.asOf }) }];
}

/** A province's compliance for its latest periods, as one official opens it (the target: p95 under 100 ms). */
export function provinceComplianceOf(fixtures: Fixtures): Request[] {
  const year = Number(fixtures.asOf.slice(0, 4));
  return fixtures.today.provinces.flatMap((code) =>
    [1, 2].map((index) => ({
      kind: 'compliance' as const,
      body: body(COMPLIANCE, { code, asOf: fixtures.asOf, period: { year, frequency: 'QUARTERLY', index } }),
    })),
  );
}

/** A province's statistics over a year, as one official opens them (the target: under 300 ms). */
export function provinceStatisticsOf(fixtures: Fixtures): Request[] {
  const year = Number(fixtures.asOf.slice(0, 4)) - 1;
  return fixtures.today.provinces.map((code) => ({
    kind: 'statistics' as const,
    body: body(STATISTICS, { code, asOf: fixtures.asOf, from: `${year}-01-01`, to: `${year}-12-31`, byFamilyAsOf: fixtures.asOf }),
  }));
}
