import { referenceUnits } from '../../lib';
import { GraphQLResponse, Services } from '../support/services';

/**
 * The front's part of `UnitStatistics` (design section 5, scenario 5): the
 * organizations that owe periodic reports in a unit and below it, resolved from a
 * statistics reference and compared with an SQL query written here.
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start(['front']);
});

afterAll(async () => {
  await services.stop();
});

const sql = <T = any>(text: string, params: unknown[]): Promise<T[]> => services.subgraphs.front!.db.query(text, params);

const ENTITIES = `#graphql
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on UnitStatistics { unitCode from to frontOrganizations { id kind level unit { code } } }
    }
  }`;

const reference = (unitCode: string, from = '2024-01-01', to = '2024-12-31') => ({ __typename: 'UnitStatistics', unitCode, from, to });

function entities(representations: Record<string, unknown>[]): Promise<GraphQLResponse> {
  return services.querySubgraph('front', ENTITIES, { representations });
}

/** Every organization of the unit and below it (its code anywhere on their path): the Front's plain list. */
async function expectedOrganizations(code: string) {
  const rows = await sql(
    `SELECT id, kind, level, unit_code FROM front_organization
      WHERE unit_path LIKE '%/' || $1 || '/%'
      ORDER BY id`,
    [code],
  );
  return rows.map((row) => ({ id: row.id, kind: row.kind, level: row.level, unit: { code: row.unit_code } }));
}

test.each([
  ['Bình Thuận province', '60'],
  ['Bắc Bình district', '596'],
  ['Phan Hòa commune', '23035'],
])('lists every organization of %s (%s) and below as SQL finds them, ordered by id', async (_, code) => {
  const { data, errors } = await entities([reference(code)]);
  expect(errors).toBeUndefined();
  const expected = await expectedOrganizations(code);
  expect(expected.length).toBeGreaterThan(0);
  expect(data!._entities).toEqual([{ unitCode: code, from: '2024-01-01', to: '2024-12-31', frontOrganizations: expected }]);
});

test('includes the organizations of the unit itself and of every tier below it', async () => {
  const { data } = await entities([reference('596')]);
  const organizations = data!._entities[0].frontOrganizations;
  expect(organizations.map((o: any) => o.id)).toEqual(expect.arrayContaining(['VFF-596', 'WU-596', 'VFF-23035']));
  expect(new Set(organizations.map((o: any) => o.level))).toEqual(new Set(['DISTRICT', 'COMMUNE']));
});

test("lists the nation's every organization, the central committees too: the plain list, not the regime's choice", async () => {
  const { data, errors } = await entities([reference('VN')]);
  expect(errors).toBeUndefined();
  const organizations = data!._entities[0].frontOrganizations;
  const [{ central, all }] = await sql(
    `SELECT count(*) FILTER (WHERE level = 'CENTRAL')::int AS central, count(*)::int AS all FROM front_organization`,
    [],
  );
  expect(central).toBeGreaterThan(0);
  expect(organizations).toHaveLength(all);
  expect(organizations).toEqual(await expectedOrganizations('VN'));
});

test('returns the reference for a unit with no organizations or an unknown code, with an empty list', async () => {
  const { data, errors } = await entities([reference('01'), reference('nowhere')]);
  expect(errors).toBeUndefined();
  expect(data!._entities).toEqual([
    { unitCode: '01', from: '2024-01-01', to: '2024-12-31', frontOrganizations: [] },
    { unitCode: 'nowhere', from: '2024-01-01', to: '2024-12-31', frontOrganizations: [] },
  ]);
});

test('refuses a reference whose range ends before it starts (naming `to`) or whose date is malformed', async () => {
  const inverted = await entities([reference('60', '2024-12-31', '2024-01-01'), reference('23035')]);
  expect(inverted.errors).toHaveLength(1);
  expect(inverted.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  // Only the bad representation fails; the others of the batch are answered.
  expect(inverted.data!._entities).toEqual([
    null,
    { unitCode: '23035', from: '2024-01-01', to: '2024-12-31', frontOrganizations: await expectedOrganizations('23035') },
  ]);
  const malformed = await entities([reference('60', '2024-01-01', 'tomorrow')]);
  expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
});

test('costs one statement for the 10 districts of Bình Thuận and one for the 17 of Gia Lai', async () => {
  const districtsOf = (province: string) =>
    [...referenceUnits().values()].filter((unit) => unit.parentCode === province).map((unit) => reference(unit.code));
  const counts: Record<string, number> = {};
  for (const [province, size] of [
    ['60', 10],
    ['64', 17],
  ] as const) {
    const representations = districtsOf(province);
    expect(representations).toHaveLength(size);
    counts[province] = (
      await services.countStatements(async () => {
        const { data, errors } = await entities(representations);
        expect(errors).toBeUndefined();
        for (const statistics of data!._entities) expect(statistics.frontOrganizations.length).toBeGreaterThan(0);
      })
    ).front;
  }
  expect(counts).toEqual({ '60': 1, '64': 1 });
});
