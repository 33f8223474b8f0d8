import { SUBGRAPH_NAMES } from '../../lib';
import { Services } from '../support/services';

/**
 * No N+1: the district-by-district overview of a province costs the same number
 * of SQL statements in every subgraph whether the province has 10 districts
 * (Bình Thuận) or 17 (Gia Lai). Every `__resolveReference` and list field goes
 * through a per-request DataLoader.
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
