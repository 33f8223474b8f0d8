import { orgId } from '../../seed/demo';
import { unitTree, LAST_THREE_LEVEL_DAY } from '../../lib';
import { Services } from '../support/services';

/**
 * No SQL per parent: resolving nested lists for N parents costs the same number of
 * statements whatever N is (Bình Thuận has 10 districts, Gia Lai 17).
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start(['front']);
});

afterAll(async () => {
  await services.stop();
});

const districtsOf = (province: string) =>
  unitTree(province, LAST_THREE_LEVEL_DAY)
    .filter((u) => u.level === 'DISTRICT')
    .map((u) => u.code);

const ORGANIZATION_FIELDS = `
  id name head { name title } parent { id name parent { id } }
  supervisionsConducted {
    id conductedBy { id } target { __typename ... on FrontOrganization { name } }
    recommendations { id addressedTo { __typename ... on FrontOrganization { name } } }
  }
  campaignsOrganized { id organizer { id } }`;

async function statementsFor(query: string, variables: Record<string, unknown>) {
  let errors: unknown;
  const counts = await services.countStatements(async () => {
    errors = (await services.querySubgraph('front', query, variables)).errors;
  });
  expect(errors).toBeUndefined();
  return counts.front;
}

test('AdministrativeUnit.frontOrganizations with nested lists, for 10 and for 17 districts', async () => {
  const query = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on AdministrativeUnit { code frontOrganizations { ${ORGANIZATION_FIELDS} } } }
  }`;
  const reps = (province: string) => districtsOf(province).map((code) => ({ __typename: 'AdministrativeUnit', code }));
  expect(reps('60')).toHaveLength(10);
  expect(reps('64')).toHaveLength(17);
  const ten = await statementsFor(query, { representations: reps('60') });
  const seventeen = await statementsFor(query, { representations: reps('64') });
  expect(ten).toBe(seventeen);
  expect(ten).toBeLessThanOrEqual(8);
});

test("supervisionsReceived of 10 and of 17 People's Committees", async () => {
  const query = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on StateAgency { id supervisionsReceived { id conductedBy { name parent { id } } recommendations { status } } }
    }
  }`;
  const reps = (province: string) => districtsOf(province).map((code) => ({ __typename: 'StateAgency', id: orgId.peoplesCommittee(code) }));
  const ten = await statementsFor(query, { representations: reps('60') });
  const seventeen = await statementsFor(query, { representations: reps('64') });
  expect(ten).toBe(seventeen);
});

test('a page of 10 and of 17 organizations from the root list', async () => {
  const query = `query ($first: Int) { frontOrganizations(filter: { level: DISTRICT }, first: $first) { nodes { ${ORGANIZATION_FIELDS} } } }`;
  const ten = await statementsFor(query, { first: 10 });
  const seventeen = await statementsFor(query, { first: 17 });
  expect(ten).toBe(seventeen);
});

test('a page of 10 and of 30 supervisions with their organizations and recommendations', async () => {
  const query = `query ($first: Int) { supervisions(first: $first) { nodes {
    id conductedBy { id parent { id } } recommendations { status addressedTo { __typename } }
  } } }`;
  const ten = await statementsFor(query, { first: 10 });
  const thirty = await statementsFor(query, { first: 30 });
  expect(ten).toBe(thirty);
});
