import { LAST_THREE_LEVEL_DAY, allUnitVersions } from '../../lib';
import { GraphQLResponse, Services } from '../support/services';

/**
 * The front's part of `UnitStatistics` (design section 5, scenario 5): the
 * organizations that owe periodic reports in a unit and below it, resolved from a
 * statistics reference and compared with an SQL query written here.
 */
let services: Services;

// The first file of a run to get here seeds the demo's template databases (test/support/databases.ts), which takes a while.
beforeAll(async () => {
  services = await Services.start(['front']);
}, 300_000);

afterAll(async () => {
  await services?.stop();
});

const sql = <T = any>(text: string, params: unknown[]): Promise<T[]> => services.subgraphs.front!.db.query(text, params);

const ENTITIES = `#graphql
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on UnitStatistics { unitCode from to frontOrganizations { id kind level unit { code } } }
    }
  }`;

/**
 * A statistics reference as the gateway hands it: the unit, the day it is viewed at
 * (`asOf`, which form of the unit) and the range. The 2024 ones view the units as they
 * stood then; Bình Thuận, Bắc Bình and Phan Hòa ended on 2025-06-30.
 */
const reference = (unitCode: string, from = '2024-01-01', to = '2024-12-31', asOf = '2024-12-31') => ({
  __typename: 'UnitStatistics',
  unitCode,
  asOf,
  from,
  to,
});

function entities(representations: Record<string, unknown>[]): Promise<GraphQLResponse> {
  return services.querySubgraph('front', ENTITIES, { representations });
}

/**
 * Every organization of the unit and below it (its code anywhere on their path) in
 * force on some day of the range: the Front's plain list. `codes` holds the unit's
 * code, and for a unit formed on 2025-07-01 over a range before it, the codes of the
 * units it was formed from.
 */
async function expectedOrganizations(codes: string | string[], from = '2024-01-01', to = '2024-12-31') {
  const rows = await sql(
    `SELECT id, kind, level, unit_code FROM front_organization
      WHERE unit_path LIKE ANY (SELECT '%/' || code || '/%' FROM unnest(CAST($1 AS text[])) AS code)
        AND valid_from <= $3 AND valid_to >= $2
      ORDER BY id`,
    [[codes].flat(), from, to],
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
  // Those in force on some day of 2024: the organizations formed on 2025-07-01 are not among them.
  const [{ central, all }] = await sql(
    `SELECT count(*) FILTER (WHERE level = 'CENTRAL')::int AS central, count(*)::int AS all FROM front_organization
      WHERE valid_from <= '2024-12-31' AND valid_to >= '2024-01-01'`,
    [],
  );
  expect(central).toBeGreaterThan(0);
  expect(organizations).toHaveLength(all);
  expect(organizations).toEqual(await expectedOrganizations('VN'));
});

test('over a range across 2025-07-01, a unit formed then also lists the organizations of the units it was formed from', async () => {
  // Lâm Đồng (68) as it stands today, over 2025: its own organizations from 2025-07-01, and for the first
  // half those of Bình Thuận (60), Đắk Nông (67) and the old Lâm Đồng (68), which ended on 2025-06-30.
  const { data, errors } = await entities([reference('68', '2025-01-01', '2025-12-31', '2026-03-15')]);
  expect(errors).toBeUndefined();
  const organizations = data!._entities[0].frontOrganizations;
  expect(organizations).toEqual(await expectedOrganizations(['68', '60', '67'], '2025-01-01', '2025-12-31'));
  const ids = organizations.map((o: any) => o.id);
  expect(ids).toEqual(expect.arrayContaining(['VFF-68-2025', 'VFF-23005-2025', 'VFF-60', 'VFF-67', 'VFF-68', 'VFF-596', 'VFF-23035']));
  // Over 2026 only its own.
  const later = await entities([reference('68', '2026-01-01', '2026-06-30', '2026-03-15')]);
  const laterIds = later.data!._entities[0].frontOrganizations.map((o: any) => o.id);
  expect(laterIds).toContain('VFF-68-2025');
  expect(laterIds.every((id: string) => id.endsWith('-2025'))).toBe(true);
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
    allUnitVersions()
      .filter((u) => u.validTo === LAST_THREE_LEVEL_DAY)
      .filter((unit) => unit.parentCode === province)
      .map((unit) => reference(unit.code));
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
