import { SUBGRAPH_NAMES } from '../../lib';
import { Services } from '../support/services';

/**
 * No N+1: the district-by-district overview of a province costs the same number
 * of SQL statements in every subgraph whether the province has 10 districts
 * (Bình Thuận) or 17 (Gia Lai). Every `__resolveReference` and list field goes
 * through a per-request DataLoader.
 *
 * The same across the 2025 reorganization (design section 10): a merged province's
 * lists and statistics over 2025 count its predecessors' subtrees for the first half
 * (their segments go in as arrays: one statement whatever their number), and its
 * communes' compliance and lists cost the same whether it was formed from three
 * provinces and has 124 communes (Lâm Đồng) or from two and has 114 (Hải Phòng).
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start();
});

afterAll(async () => {
  await services?.stop();
});

const ORGANIZATION = `__typename
  ... on PartyCommittee { name }
  ... on MassMobilizationCommission { name }
  ... on StateAgency { name }
  ... on FrontOrganization { name }
  ... on ArmedUnit { name }`;

const DISTRICT_OVERVIEW = /* GraphQL */ `
  query DistrictOverview($code: ID!) {
    administrativeUnit(code: $code) {
      name
      children {
        code name level
        partyCommittee { id name head { name } commission { id } }
        massMobilizationCommission { id name }
        peoplesCommittee { id name head { name } }
        stateAgencies { id kind }
        frontOrganizations { id name kind head { name } }
        armedUnits { id name kind }
        cases(open: true, includeDescendants: true) { reference category responsibleAgency { name } }
        dialogues(includeDescendants: true) { title level hostAgency { name } }
        mobilizationModels(includeDescendants: true) { name owner { ${ORGANIZATION} } }
        mobilizationActivities(includeDescendants: true) { title manDays conductedBy { name } }
        children { code partyCommittee { id } peoplesCommittee { id } }
        reportingCompliance(period: { year: 2024, frequency: QUARTERLY, index: 3 }, asOf: "2024-10-20") {
          onTime late overdue notYetDue complianceRate
          obligations { status dueOn submitter { ${ORGANIZATION} } report { title } }
        }
      }
    }
  }
`;

it('costs the same SQL statements for a province of 10 districts as for one of 17', async () => {
  const counts: Record<string, Record<string, number>> = {};
  const sizes: Record<string, number> = {};
  const statements: Record<string, Record<string, string[]>> = {};
  for (const code of ['60', '64']) {
    // A first run warms what is cached per process (prepared plans, metadata), not per request.
    await services.queryGateway(DISTRICT_OVERVIEW, { code });
    // Keep the statements, to show which differ when the counts do.
    for (const { db } of Object.values(services.subgraphs)) db.statementCounter.recording = true;
    counts[code] = await services.countStatements(async () => {
      const { data, errors } = await services.queryGateway(DISTRICT_OVERVIEW, { code });
      expect(errors).toBeUndefined();
      const districts = data!.administrativeUnit.children;
      sizes[code] = districts.length;
      // Every district has data in every family, so every batched field really ran.
      for (const district of districts) {
        expect(district.partyCommittee).not.toBeNull();
        expect(district.frontOrganizations.length).toBeGreaterThan(0);
        expect(district.armedUnits.length).toBeGreaterThan(0);
        expect(district.reportingCompliance.obligations.length).toBeGreaterThan(0);
      }
    });
    statements[code] = Object.fromEntries(
      Object.entries(services.subgraphs).map(([name, { db }]) => [name, db.statementCounter.statements.map((s) => s.slice(0, 200))]),
    );
  }
  expect(sizes).toEqual({ '60': 10, '64': 17 });
  // Print the measurement for the record (the closing note quotes it).
  // eslint-disable-next-line no-console -- the measurement the closing note quotes
  console.log(`SQL statements per subgraph for the district overview: ${JSON.stringify(counts)}`);
  for (const name of SUBGRAPH_NAMES) {
    if (counts['64'][name] !== counts['60'][name]) {
      // eslint-disable-next-line no-console -- shows which statements differ when the counts do
      console.log(`${name}: ${JSON.stringify({ '60': statements['60'][name], '64': statements['64'][name] }, null, 1)}`);
    }
    expect(counts['64'][name]).toBe(counts['60'][name]);
  }
  for (const name of SUBGRAPH_NAMES) expect(counts['60'][name]).toBeGreaterThan(0);
});

const MERGED_PROVINCE = /* GraphQL */ `
  query MergedProvince($code: ID!) {
    administrativeUnit(code: $code) {
      name
      predecessors { unit { code } }
      cases(includeDescendants: true) { reference unit { code } responsibleAgency { name } }
      dialogues(includeDescendants: true, from: "2025-01-01", to: "2025-12-31") { title heldOn hostAgency { name } }
      mobilizationModels(includeDescendants: true) { name owner { ${ORGANIZATION} } }
      mobilizationActivities(includeDescendants: true, from: "2025-01-01", to: "2025-12-31") { title startedOn conductedBy { name } }
      statistics(from: "2025-01-01", to: "2025-12-31") {
        dialoguesByLevel { level dialogues }
        casesByCategory { category cases }
        activitiesByKind { kind activities }
        modelsByKind { kind models }
        reportingByFamily(frequency: QUARTERLY, asOf: "2026-01-31") { family obligations onTime }
      }
      reportingCompliance(period: { year: 2026, frequency: QUARTERLY, index: 1 }, asOf: "2026-04-20") {
        onTime late overdue
        obligations { status submitter { ${ORGANIZATION} } report { title } }
      }
      children {
        code name level
        partyCommittee { id name head { name } }
        peoplesCommittee { id name head { name } }
        frontOrganizations { id name kind }
        armedUnits { id name kind }
        cases(includeDescendants: true) { reference responsibleAgency { name } }
        dialogues(includeDescendants: true, from: "2025-01-01", to: "2025-12-31") { title }
        mobilizationActivities(includeDescendants: true, from: "2025-01-01", to: "2025-12-31") { title conductedBy { name } }
        statistics(from: "2025-01-01", to: "2025-12-31") { dialoguesByLevel { level dialogues } activitiesByKind { kind activities } }
        reportingCompliance(period: { year: 2026, frequency: QUARTERLY, index: 1 }, asOf: "2026-04-20") {
          onTime late overdue
          obligations { status submitter { ${ORGANIZATION} } recipient { id } report { title } }
        }
      }
    }
  }
`;

it('costs the same SQL statements for Lâm Đồng (3 provinces, 124 communes) over 2025 as for Hải Phòng (2, 114)', async () => {
  const counts: Record<string, Record<string, number>> = {};
  const sizes: Record<string, { predecessors: number; communes: number }> = {};
  const statements: Record<string, Record<string, string[]>> = {};
  for (const code of ['68', '31']) {
    await services.queryGateway(MERGED_PROVINCE, { code });
    for (const { db } of Object.values(services.subgraphs)) db.statementCounter.recording = true;
    counts[code] = await services.countStatements(async () => {
      const { data, errors } = await services.queryGateway(MERGED_PROVINCE, { code });
      expect(errors).toBeUndefined();
      const province = data!.administrativeUnit;
      const communes = province.children;
      sizes[code] = { predecessors: province.predecessors.length, communes: communes.length };
      // The first half of 2025 comes from the provinces it was formed from, the second from its own units.
      const dialogueDays = province.dialogues.map((d: { heldOn: string }) => d.heldOn);
      expect(dialogueDays.some((day: string) => day < '2025-07-01')).toBe(true);
      expect(dialogueDays.some((day: string) => day >= '2025-07-01')).toBe(true);
      const activityDays = province.mobilizationActivities.map((a: { startedOn: string }) => a.startedOn);
      expect(activityDays.some((day: string) => day < '2025-07-01')).toBe(true);
      expect(province.reportingCompliance.obligations.length).toBeGreaterThan(communes.length);
      // Every commune has data in every family, so every batched field really ran.
      for (const commune of communes) {
        expect(commune.level).toBe('COMMUNE');
        expect(commune.partyCommittee).not.toBeNull();
        expect(commune.peoplesCommittee).not.toBeNull();
        expect(commune.frontOrganizations.length).toBeGreaterThan(0);
        expect(commune.armedUnits.length).toBeGreaterThan(0);
        expect(commune.reportingCompliance.obligations.length).toBeGreaterThan(0);
      }
    });
    statements[code] = Object.fromEntries(
      Object.entries(services.subgraphs).map(([name, { db }]) => [name, db.statementCounter.statements.map((s) => s.slice(0, 200))]),
    );
  }
  expect(sizes).toEqual({ '68': { predecessors: 3, communes: 124 }, '31': { predecessors: 2, communes: 114 } });
  // eslint-disable-next-line no-console -- the measurement, for the record
  console.log(`SQL statements per subgraph for a merged province over 2025: ${JSON.stringify(counts)}`);
  for (const name of SUBGRAPH_NAMES) {
    if (counts['31'][name] !== counts['68'][name]) {
      // eslint-disable-next-line no-console -- shows which statements differ when the counts do
      console.log(`${name}: ${JSON.stringify({ '68': statements['68'][name], '31': statements['31'][name] }, null, 1)}`);
    }
    expect(counts['31'][name]).toBe(counts['68'][name]);
  }
  for (const name of SUBGRAPH_NAMES) expect(counts['68'][name]).toBeGreaterThan(0);
});
