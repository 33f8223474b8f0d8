import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnumTypeDefinitionNode, Kind, parse } from 'graphql';
import { demoId } from '../../seed/demo';
import { referenceUnit, schemaDir, unitPath, LAST_THREE_LEVEL_DAY, allUnitVersions } from '../../lib';
import { GraphQLResponse, Services } from '../support/services';

/**
 * The armed forces' part of `UnitStatistics` (design section 5, scenario 5):
 * activities by kind and the armed units that owe periodic reports, resolved from
 * statistics references and compared with SQL queries written here. The file has
 * a database of its own, where it adds what the demo world lacks: units stationed
 * off their own tier, and a RESTRICTED activity.
 */
let services: Services;
const sql = <T = any>(text: string, params: unknown[] = []): Promise<T[]> => services.subgraphs['armed-forces']!.db.query(text, params);

/** A military region's forward command in a province: a CENTRAL unit stationed below the nation. */
const FORWARD_COMMAND = 'MR-7-FWD-60';
/** A border post in a commune, under the provincial border guard and of its tier. */
const BORDER_POST = 'BGP-22996';
const RESTRICTED_ACTIVITY = demoId('test/armed-forces/statistics/restricted-activity');

beforeAll(async () => {
  services = await Services.start(['armed-forces'], { databaseSuffix: 'statistics' });
  // Stationed in Bình Thuận's units as they stood until 2025-06-30, in force all along (no validity given).
  await sql(
    `INSERT INTO armed_unit (id, name, kind, branch, level, unit_code, unit_path, parent_id) VALUES
       ($1, 'Sở Chỉ huy tiền phương Quân khu 7 tại Bình Thuận', 'MILITARY_REGION', 'PEOPLES_ARMY', 'CENTRAL', '60', $2, 'MR-7'),
       ($3, 'Đồn Biên phòng Chí Công', 'BORDER_GUARD', 'PEOPLES_ARMY', 'PROVINCIAL', '22996', $4, 'BG-60')
     ON CONFLICT (id) DO NOTHING`,
    [FORWARD_COMMAND, unitPath('60', LAST_THREE_LEVEL_DAY), BORDER_POST, unitPath('22996', LAST_THREE_LEVEL_DAY)],
  );
  await sql(
    `INSERT INTO mobilization_activity
       (id, title, kind, conducted_by_id, unit_code, unit_path, started_on, personnel, man_days, households_reached, classification)
     VALUES ($1, 'Vận động đồng bào vùng nhạy cảm', 'PROPAGANDA', 'POL-23035', '23035', $2, '2024-06-03', 6, 18, 40, 'RESTRICTED')
     ON CONFLICT (id) DO NOTHING`,
    [RESTRICTED_ACTIVITY, unitPath('23035', LAST_THREE_LEVEL_DAY)],
  );
  // The first file of a run to get here seeds the demo's template databases (test/support/databases.ts), which takes a while.
}, 300_000);

afterAll(() => services?.stop());

/** The values of an enum in the order the armed forces' SDL declares them. */
function sdlOrder(name: string): string[] {
  const document = parse(readFileSync(join(schemaDir, 'armed-forces.graphql'), 'utf8'));
  const definition = document.definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name,
  )!;
  return definition.values!.map((value) => value.name.value);
}

/**
 * Where a unit's figures come from over a range: pieces of the unit tree, each a path
 * pattern and the days it counts for. A unit that existed all the range long is its
 * own subtree (its code somewhere on the record's path); a unit formed on 2025-07-01
 * also counts, for the days before, the subtrees of the units it was formed from.
 */
type Piece = { pattern: string; from: string; to: string };
const subtree = (code: string, from: string, to: string): Piece[] => [{ pattern: `%/${code}/%`, from, to }];

/** Records in one of the pieces: `day` is the record's day (activities) or null to keep those in force on some day of the piece (units). */
const IN_PIECES = (day: string | null) => `EXISTS (
  SELECT 1 FROM unnest(CAST($1 AS text[]), CAST($2 AS date[]), CAST($3 AS date[])) AS piece (pattern, first_day, last_day)
   WHERE unit_path LIKE piece.pattern
     AND ${day ? `${day} BETWEEN piece.first_day AND piece.last_day` : 'valid_from <= piece.last_day AND valid_to >= piece.first_day'})`;
const piecesParams = (pieces: Piece[]) => [pieces.map((p) => p.pattern), pieces.map((p) => p.from), pieces.map((p) => p.to)];

async function expectedActivities(code: string, asOf: string, pieces: Piece[]) {
  const order = sdlOrder('ActivityKind');
  // A province's or the nation's figures count RESTRICTED activities; a district's or a commune's do not.
  const countsRestricted = ['CENTRAL', 'PROVINCIAL'].includes(referenceUnit(code, asOf)!.level);
  const rows = await sql(
    `SELECT kind, count(*) AS activities, sum(personnel) AS personnel, sum(man_days) AS man_days,
            sum(households_reached) AS households
       FROM mobilization_activity
      WHERE ${IN_PIECES('started_on')} AND (classification = 'PUBLIC' OR $4)
      GROUP BY kind`,
    [...piecesParams(pieces), countsRestricted],
  );
  return rows
    .map((r) => ({
      kind: r.kind,
      activities: Number(r.activities),
      personnel: Number(r.personnel),
      manDays: Number(r.man_days),
      householdsReached: Number(r.households),
    }))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** Every armed unit stationed in the unit or below it, whatever its tier, in force on some day of the range: the armed forces' plain list. */
async function expectedArmedUnits(pieces: Piece[]) {
  const rows = await sql(`SELECT id, kind, level, unit_code FROM armed_unit WHERE ${IN_PIECES(null)} ORDER BY id`, piecesParams(pieces));
  return rows.map((row) => ({ id: row.id, kind: row.kind, level: row.level, unit: { code: row.unit_code } }));
}

const FIGURES = `#graphql
  unitCode from to
  activitiesByKind { kind activities personnel manDays householdsReached }
  armedUnits { id kind level unit { code } }`;

/**
 * A statistics reference as the gateway hands it: the unit, the day it is viewed at
 * (`asOf`, which form of the unit) and the range. The 2024 ones view the units as they
 * stood then (Bình Thuận, Bắc Bình and Phan Hòa ended on 2025-06-30).
 */
const reference = (unitCode: string, from = '2024-01-01', to = '2024-12-31', asOf = '2024-12-31') => ({
  __typename: 'UnitStatistics',
  unitCode,
  asOf,
  from,
  to,
});

function entities(representations: Record<string, unknown>[], selection = FIGURES): Promise<GraphQLResponse> {
  return services.querySubgraph(
    'armed-forces',
    `#graphql
    query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on UnitStatistics { ${selection} } } }`,
    { representations },
  );
}

async function expectedFigures(
  code: string,
  from = '2024-01-01',
  to = '2024-12-31',
  asOf = '2024-12-31',
  pieces = subtree(code, from, to),
) {
  return {
    unitCode: code,
    from,
    to,
    activitiesByKind: await expectedActivities(code, asOf, pieces),
    armedUnits: await expectedArmedUnits(pieces),
  };
}

describe('UnitStatistics figures', () => {
  test.each([
    ['Bình Thuận province', '60'],
    ['Bắc Bình district', '596'],
    ['Phan Hòa commune', '23035'],
  ])('gives the figures of %s (%s) over 2024 as SQL computes them', async (_, code) => {
    const { data, errors } = await entities([reference(code)]);
    expect(errors).toBeUndefined();
    const [figures] = data!._entities;
    expect(figures).toEqual(await expectedFigures(code));
    expect(figures.activitiesByKind.length).toBeGreaterThan(0);
    expect(figures.armedUnits.length).toBeGreaterThan(0);
  });

  test('over a range across 2025-07-01, a unit formed then also counts the units it was formed from, for the days before', async () => {
    // Lâm Đồng (68) as it stands today, over 2025: its own subtree from 2025-07-01, and before, the subtrees of
    // Bình Thuận (60), Đắk Nông (67) and the old Lâm Đồng (68), which ended on 2025-06-30.
    const [from, to, asOf] = ['2025-01-01', '2025-12-31', '2026-03-15'];
    const pieces: Piece[] = [
      { pattern: '/VN/68/%', from: '2025-07-01', to },
      ...['60', '67', '68'].map((code) => ({ pattern: `/VN/${code}/%`, from, to: '2025-06-30' })),
    ];
    const { data, errors } = await entities([reference('68', from, to, asOf)]);
    expect(errors).toBeUndefined();
    const [figures] = data!._entities;
    expect(figures).toEqual(await expectedFigures('68', from, to, asOf, pieces));
    const units = figures.armedUnits.map((u: any) => u.id);
    expect(units).toEqual(expect.arrayContaining(['MC-68-2025', 'RDC-68-2025-2', 'MC-23005-2025', 'MC-60', 'MC-596', 'MC-67', 'MC-68']));
    // Both halves of the year count.
    const [{ before, after }] = await sql(
      `SELECT count(*) FILTER (WHERE started_on <= '2025-06-30')::int AS before, count(*) FILTER (WHERE started_on >= '2025-07-01')::int AS after
         FROM mobilization_activity WHERE ${IN_PIECES('started_on')}`,
      piecesParams(pieces),
    );
    expect(before).toBeGreaterThan(0);
    expect(after).toBeGreaterThan(0);
    expect(figures.activitiesByKind.reduce((n: number, r: any) => n + r.activities, 0)).toBe(before + after);
  });

  test('lists the kinds in the SDL order, and only those with activities', async () => {
    const { data } = await entities([reference('60', '2023-01-01', '2024-12-31')]);
    const kinds = data!._entities[0].activitiesByKind.map((r: any) => r.kind);
    const order = sdlOrder('ActivityKind');
    expect(kinds).toEqual(order.filter((kind) => kinds.includes(kind)));
  });

  test('counts RESTRICTED activities over a province, not over a district or a commune', async () => {
    const { data } = await entities(
      [reference('60'), reference('596'), reference('23035')],
      'activitiesByKind { kind activities manDays }',
    );
    const [province, district, commune] = data!._entities;
    const propaganda = (figures: any) => figures.activitiesByKind.find((r: any) => r.kind === 'PROPAGANDA');
    const [{ publicPropaganda }] = await sql(
      `SELECT count(*)::int AS "publicPropaganda" FROM mobilization_activity
        WHERE unit_path LIKE '/VN/60/%' AND kind = 'PROPAGANDA' AND classification = 'PUBLIC' AND started_on BETWEEN '2024-01-01' AND '2024-12-31'`,
    );
    expect(propaganda(province).activities).toBe(publicPropaganda + 1);
    // The commune's one PROPAGANDA activity is the RESTRICTED one: a commune's breakdown would single it out.
    expect(commune.activitiesByKind.map((r: any) => r.kind)).toEqual(['DISASTER_RELIEF']);
    expect(propaganda(district)?.activities ?? 0).toBe(propaganda(province).activities - 1 - (await publicPropagandaOutside('596')));
  });

  test('gives the figures of several units and ranges in one request', async () => {
    const representations = [reference('60'), reference('596', '2023-01-01', '2023-12-31'), reference('64'), reference('596')];
    const { data, errors } = await entities(representations);
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      await expectedFigures('60'),
      await expectedFigures('596', '2023-01-01', '2023-12-31'),
      await expectedFigures('64'),
      await expectedFigures('596'),
    ]);
  });
});

/** PUBLIC PROPAGANDA activities of 2024 in Bình Thuận outside district `code`. */
async function publicPropagandaOutside(code: string): Promise<number> {
  const [{ n }] = await sql(
    `SELECT count(*)::int AS n FROM mobilization_activity
      WHERE unit_path LIKE '/VN/60/%' AND unit_path NOT LIKE $1 AND kind = 'PROPAGANDA' AND classification = 'PUBLIC'
        AND started_on BETWEEN '2024-01-01' AND '2024-12-31'`,
    [`/VN/60/${code}/%`],
  );
  return n;
}

describe('armedUnits', () => {
  test('lists every unit stationed in the unit or below it, off its tier too: the regime, in the party, decides who reports', async () => {
    const { data, errors } = await entities([reference('60')], 'armedUnits { id level unit { code } }');
    expect(errors).toBeUndefined();
    const ids = data!._entities[0].armedUnits.map((u: any) => u.id);
    // Both are stationed in Bình Thuận, off their tier: listed all the same.
    expect(ids).toEqual(expect.arrayContaining([FORWARD_COMMAND, BORDER_POST, 'MC-60', 'POL-60', 'BG-60', 'MC-596', 'POL-23035']));
  });

  test("lists the nation's every unit, the central ones too", async () => {
    const { data, errors } = await entities([reference('VN')], 'armedUnits { id kind level unit { code } }');
    expect(errors).toBeUndefined();
    const units = data!._entities[0].armedUnits;
    // Every unit in force on some day of 2024: the ones formed on 2025-07-01 are not among them.
    const [{ all, central }] = await sql(
      `SELECT count(*)::int AS all, count(*) FILTER (WHERE level = 'CENTRAL')::int AS central FROM armed_unit
        WHERE valid_from <= '2024-12-31' AND valid_to >= '2024-01-01'`,
    );
    expect(central).toBeGreaterThan(0);
    expect(units).toHaveLength(all);
    expect(units).toEqual(await expectedArmedUnits(subtree('VN', '2024-01-01', '2024-12-31')));
  });
});

describe('references', () => {
  test('returns the reference for a unit with no records or an unknown code, with empty lists', async () => {
    const { data, errors } = await entities([reference('01'), reference('nowhere')]);
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { unitCode: '01', from: '2024-01-01', to: '2024-12-31', activitiesByKind: [], armedUnits: [] },
      { unitCode: 'nowhere', from: '2024-01-01', to: '2024-12-31', activitiesByKind: [], armedUnits: [] },
    ]);
  });

  test('refuses a reference whose range ends before it starts (naming `to`) or whose date is malformed', async () => {
    const inverted = await entities([reference('60', '2024-12-31', '2024-01-01'), reference('23035')]);
    expect(inverted.errors).toHaveLength(1);
    expect(inverted.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    // Only the bad representation fails; the others of the batch are answered.
    expect(inverted.data!._entities).toEqual([null, await expectedFigures('23035')]);
    const malformed = await entities([reference('60', '2024-02-30', '2024-12-31')]);
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});

describe('batching', () => {
  const districtsOf = (province: string) =>
    allUnitVersions()
      .filter((u) => u.validTo === LAST_THREE_LEVEL_DAY)
      .filter((unit) => unit.parentCode === province);

  test('costs the same statements for the 10 districts of Bình Thuận and the 17 of Gia Lai', async () => {
    const counts: Record<string, number> = {};
    for (const [province, size] of [
      ['60', 10],
      ['64', 17],
    ] as const) {
      const representations = districtsOf(province).map((unit) => reference(unit.code));
      expect(representations).toHaveLength(size);
      counts[province] = (
        await services.countStatements(async () => {
          const { data, errors } = await entities(representations);
          expect(errors).toBeUndefined();
          for (const statistics of data!._entities) expect(statistics.armedUnits.length).toBeGreaterThan(0);
        })
      )['armed-forces'];
    }
    // One statement for the activities by kind, one for the units.
    expect(counts).toEqual({ '60': 2, '64': 2 });
  });

  test('costs one activities statement for each distinct range in a batch, not one per unit', async () => {
    const representations = ['2023', '2024'].flatMap((year) =>
      districtsOf('64').map((unit) => reference(unit.code, `${year}-01-01`, `${year}-12-31`)),
    );
    const counts = await services.countStatements(async () => {
      const { data, errors } = await entities(representations);
      expect(errors).toBeUndefined();
      expect(data!._entities).toHaveLength(34);
    });
    // Two ranges, one statement each for the activities and for the units (those in force on some day of the range).
    expect(counts['armed-forces']).toBe(4);
  });
});
