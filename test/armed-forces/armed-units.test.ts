import { BORDER_PROVINCES, CENTRAL, demoUnits, officialName } from '../../seed/demo';
import { Services } from '../support/services';

/**
 * The armed units over real HTTP: root queries, the AdministrativeUnit fields this
 * subgraph adds, entity references and batching.
 */
let services: Services;
const query = (text: string, variables?: Record<string, unknown>, token?: string | null) =>
  services.querySubgraph('armed-forces', text, variables, token);

// The first file of a run to get here seeds the demo's template databases (test/support/databases.ts), which takes a while.
beforeAll(async () => {
  services = await Services.start(['armed-forces']);
}, 300_000);
afterAll(() => services?.stop());

const UNIT_FIELDS = /* GraphQL */ `
  id
  name
  kind
  branch
  level
  unit { code }
  head { name title }
  parent { id }
`;

describe('authentication', () => {
  it('refuses a request without a token', async () => {
    const response = await query('{ armedUnit(id: "MC-60") { id } }', {}, null);
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data).toBeUndefined();
  });
});

describe('Query.armedUnit', () => {
  it('returns a provincial military command with its head, unit and parent', async () => {
    const { data, errors } = await query(`#graphql
      { armedUnit(id: "MC-60") { ${UNIT_FIELDS} } }`);
    expect(errors).toBeUndefined();
    expect(data!.armedUnit).toEqual({
      id: 'MC-60',
      name: 'Bộ Chỉ huy Quân sự tỉnh Bình Thuận',
      kind: 'MILITARY_COMMAND',
      branch: 'PEOPLES_ARMY',
      level: 'PROVINCIAL',
      unit: { code: '60' },
      head: { name: officialName('MC-60'), title: 'Chỉ huy trưởng' },
      parent: { id: 'MR-7' },
    });
  });

  it('returns the central units with their real heads', async () => {
    const { data } = await query(`#graphql
      {
        gdp: armedUnit(id: "${CENTRAL.generalDepartmentOfPolitics}") { ${UNIT_FIELDS} }
        mps: armedUnit(id: "${CENTRAL.ministryOfPublicSecurity}") { ${UNIT_FIELDS} }
        region: armedUnit(id: "MR-5") { ${UNIT_FIELDS} }
      }`);
    expect(data!.gdp).toEqual({
      id: 'GDP-VN',
      name: 'Tổng cục Chính trị Quân đội nhân dân Việt Nam',
      kind: 'GENERAL_DEPARTMENT_OF_POLITICS',
      branch: 'PEOPLES_ARMY',
      level: 'CENTRAL',
      unit: { code: 'VN' },
      head: { name: 'Trịnh Văn Quyết', title: 'Chủ nhiệm' },
      parent: null,
    });
    expect(data!.mps).toEqual({
      id: 'POL-VN',
      name: 'Bộ Công an',
      kind: 'MINISTRY_OF_PUBLIC_SECURITY',
      branch: 'PUBLIC_SECURITY',
      level: 'CENTRAL',
      unit: { code: 'VN' },
      head: { name: 'Lương Tam Quang', title: 'Bộ trưởng' },
      parent: null,
    });
    expect(data!.region).toEqual({
      id: 'MR-5',
      name: 'Quân khu 5',
      kind: 'MILITARY_REGION',
      branch: 'PEOPLES_ARMY',
      level: 'CENTRAL',
      unit: { code: 'VN' },
      head: { name: officialName('MR-5'), title: 'Tư lệnh' },
      parent: null,
    });
  });

  it('follows the police chain of command from a commune to the ministry', async () => {
    const { data } = await query(`#graphql
      { armedUnit(id: "POL-23035") { name level head { title } parent { id name head { title } parent { id name head { title } parent { id } } } } }`);
    expect(data!.armedUnit).toEqual({
      name: 'Công an xã Phan Hòa',
      level: 'COMMUNE',
      head: { title: 'Trưởng Công an' },
      parent: {
        id: 'POL-596',
        name: 'Công an huyện Bắc Bình',
        head: { title: 'Trưởng Công an' },
        parent: { id: 'POL-60', name: 'Công an tỉnh Bình Thuận', head: { title: 'Giám đốc' }, parent: { id: 'POL-VN' } },
      },
    });
  });

  it('names the border guard and the district and commune military commands', async () => {
    const { data } = await query(`#graphql
      {
        bg: armedUnit(id: "BG-64") { name kind branch level parent { id } }
        district: armedUnit(id: "MC-593") { name level parent { id } }
        commune: armedUnit(id: "MC-23035") { name level parent { id } }
        hd: armedUnit(id: "MC-30") { parent { id } }
      }`);
    expect(data).toEqual({
      bg: {
        name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Gia Lai',
        kind: 'BORDER_GUARD',
        branch: 'PEOPLES_ARMY',
        level: 'PROVINCIAL',
        parent: null,
      },
      district: { name: 'Ban Chỉ huy Quân sự thành phố Phan Thiết', level: 'DISTRICT', parent: { id: 'MC-60' } },
      commune: { name: 'Ban Chỉ huy Quân sự xã Phan Hòa', level: 'COMMUNE', parent: { id: 'MC-596' } },
      hd: { parent: { id: 'MR-3' } },
    });
  });

  it('returns null for an unknown id', async () => {
    const { data, errors } = await query('{ armedUnit(id: "MC-99999") { id } }');
    expect(errors).toBeUndefined();
    expect(data!.armedUnit).toBeNull();
  });
});

describe('Query.armedUnits', () => {
  const LIST = /* GraphQL */ `
    query ($filter: ArmedUnitFilter, $first: Int, $after: String) {
      armedUnits(filter: $filter, first: $first, after: $after) {
        nodes {
          id
          kind
          branch
          level
          unit {
            code
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  `;

  /** The demo's provinces of both eras: the seven until 2025-06-30 and the three formed on 2025-07-01. */
  const provinces = () => demoUnits().filter((u) => u.level === 'PROVINCIAL');
  /** Those with a coastline or a land border, which have a border guard command. */
  const borderProvinces = () => provinces().filter((p) => BORDER_PROVINCES.has(p.code)).length;
  /** A province formed on 2025-07-01 has a regional defense command for every three former districts it took over. */
  const regionalDefenseCommands = () =>
    provinces()
      .filter((p) => p.validFrom !== null)
      .reduce(
        (n, p) =>
          n +
          Math.ceil(
            demoUnits().filter((u) => u.level === 'DISTRICT' && p.predecessors.some((q) => q.unit.code === u.parentCode)).length / 3,
          ),
        0,
      );

  it('counts every seeded unit: 5 central, 2 or 3 per province, the regional defense commands, 2 per district and commune', async () => {
    const units = demoUnits();
    const districts = units.filter((u) => u.level === 'DISTRICT').length;
    const communes = units.filter((u) => u.level === 'COMMUNE').length;
    // Districts until 2025-06-30; communes of both eras (1,080 until 2025-06-30, 373 from 2025-07-01).
    expect([districts, communes]).toEqual([83, 1453]);
    expect([provinces().length, borderProvinces(), regionalDefenseCommands()]).toEqual([10, 9, 29]);
    const { data } = await query(LIST, { first: 1 });
    expect(data!.armedUnits.totalCount).toBe(
      5 + 2 * provinces().length + borderProvinces() + regionalDefenseCommands() + 2 * districts + 2 * communes,
    );
  });

  it('filters by unit, with and without descendants, by kind, branch and level', async () => {
    const total = async (filter: Record<string, unknown>) => (await query(LIST, { filter, first: 1 })).data!.armedUnits.totalCount;
    expect(await total({ unitCode: '60' })).toBe(3);
    expect(await total({ unitCode: '30' })).toBe(2);
    expect(await total({ unitCode: 'VN' })).toBe(5);
    // Bình Thuận: 3 provincial units, 10 districts and 121 communes with two each.
    expect(await total({ unitCode: '60', includeDescendants: true })).toBe(3 + 2 * 10 + 2 * 121);
    expect(await total({ unitCode: '596', includeDescendants: true })).toBe(2 + 2 * 18);
    expect(await total({ kind: 'BORDER_GUARD' })).toBe(borderProvinces());
    expect(await total({ kind: 'MILITARY_REGION' })).toBe(3);
    expect(await total({ kind: 'REGIONAL_DEFENSE_COMMAND' })).toBe(regionalDefenseCommands());
    expect(await total({ branch: 'PUBLIC_SECURITY', level: 'PROVINCIAL' })).toBe(provinces().length);
    expect(await total({ unitCode: '64', includeDescendants: true, kind: 'POLICE', level: 'DISTRICT' })).toBe(17);
    const { data } = await query(LIST, { filter: { unitCode: '60' } });
    expect(data!.armedUnits.nodes.map((u: { id: string }) => u.id)).toEqual(['BG-60', 'MC-60', 'POL-60']);
  });

  it('pages through a list by id without gaps or repeats', async () => {
    const filter = { unitCode: '596', includeDescendants: true };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { data, errors } = await query(LIST, { filter, first: 15, after });
      expect(errors).toBeUndefined();
      const page = data!.armedUnits;
      expect(page.totalCount).toBe(38);
      seen.push(...page.nodes.map((u: { id: string }) => u.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(38);
    expect(new Set(seen).size).toBe(38);
    expect(seen).toEqual([...seen].sort());
  });

  it('answers an empty page with a null endCursor', async () => {
    const { data } = await query(LIST, { filter: { unitCode: '30', kind: 'BORDER_GUARD' } });
    expect(data!.armedUnits).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 500 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ filter: { unitCode: '99999' } }, 'filter.unitCode'],
  ])('refuses bad input %j naming %s', async (variables, field) => {
    const { data, errors } = await query(LIST, variables);
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toMatch(new RegExp(`^${field.replace('.', '\\.')}:`));
  });
});

describe('AdministrativeUnit.armedUnits (entity references)', () => {
  const ENTITIES = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on AdministrativeUnit {
          code
          armedUnits {
            id
          }
        }
      }
    }
  `;

  it('lists the units stationed in a unit on the day it is viewed, ordered by id', async () => {
    // As the gateway hands them: each unit with the day it is viewed at (its second key, `code asOf`);
    // the units of 2024, the nation, Lâm Đồng and Xã Bắc Bình today (a unit viewed without asOf is viewed today).
    const { data, errors } = await query(ENTITIES, {
      representations: [
        ...['60', '30', 'VN', '596', '23035', '64'].map((code) => ({ __typename: 'AdministrativeUnit', code, asOf: '2024-12-31' })),
        { __typename: 'AdministrativeUnit', code: '68', asOf: '2024-12-31' },
        { __typename: 'AdministrativeUnit', code: '68' },
        { __typename: 'AdministrativeUnit', code: '23005' },
      ],
    });
    expect(errors).toBeUndefined();
    const regional = Array.from({ length: 10 }, (_, i) => `RDC-68-2025-${i + 1}`);
    expect(data!._entities.map((u: { armedUnits: { id: string }[] }) => u.armedUnits.map((a) => a.id))).toEqual([
      ['BG-60', 'MC-60', 'POL-60'],
      ['MC-30', 'POL-30'],
      ['GDP-VN', 'MR-3', 'MR-5', 'MR-7', 'POL-VN'],
      ['MC-596', 'POL-596'],
      ['MC-23035', 'POL-23035'],
      ['BG-64', 'MC-64', 'POL-64'],
      // The old Lâm Đồng's, then the new one's with its regional defense commands.
      ['BG-68', 'MC-68', 'POL-68'],
      ['BG-68-2025', 'MC-68-2025', 'POL-68-2025', ...regional].sort(),
      ['MC-23005-2025', 'POL-23005-2025'],
    ]);
  });

  it('resolves any unit code, with empty lists for a unit outside the demo', async () => {
    const { data } = await query(ENTITIES, { representations: [{ __typename: 'AdministrativeUnit', code: '01' }] });
    expect(data!._entities).toEqual([{ code: '01', armedUnits: [] }]);
  });

  it('costs the same number of statements for 10 districts as for 17', async () => {
    const DISTRICTS = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on AdministrativeUnit {
            code
            armedUnits {
              id
              parent {
                id
              }
              activities {
                id
              }
            }
            mobilizationActivities(includeDescendants: true, from: "2024-01-01") {
              id
              conductedBy {
                id
              }
            }
          }
        }
      }
    `;
    const districtsOf = (province: string) =>
      demoUnits()
        .filter((u) => u.parentCode === province)
        .map((u) => ({ __typename: 'AdministrativeUnit', code: u.code }));
    const binhThuan = districtsOf('60');
    const giaLai = districtsOf('64');
    expect([binhThuan.length, giaLai.length]).toEqual([10, 17]);
    let answer: Awaited<ReturnType<typeof query>> | undefined;
    const small = await services.countStatements(async () => {
      answer = await query(DISTRICTS, { representations: binhThuan });
    });
    expect(answer!.errors).toBeUndefined();
    const large = await services.countStatements(async () => {
      answer = await query(DISTRICTS, { representations: giaLai });
    });
    expect(answer!.errors).toBeUndefined();
    expect(answer!.data!._entities).toHaveLength(17);
    expect(large['armed-forces']).toBe(small['armed-forces']);
    // armedUnits, their parents, their activities, the subtree activities: one statement each
    // (conductedBy units are cached or batched into one more).
    expect(small['armed-forces']).toBeLessThanOrEqual(5);
  });
});

describe('ArmedUnit entity references', () => {
  it('resolves known ids and answers null for an unknown one', async () => {
    const { data, errors } = await query(
      `#graphql
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on ArmedUnit { id name level unit { code } } }
      }`,
      {
        representations: [
          { __typename: 'ArmedUnit', id: 'POL-596' },
          { __typename: 'ArmedUnit', id: 'NOPE-1' },
          { __typename: 'ArmedUnit', id: 'BG-60' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { id: 'POL-596', name: 'Công an huyện Bắc Bình', level: 'DISTRICT', unit: { code: '596' } },
      null,
      { id: 'BG-60', name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Thuận', level: 'PROVINCIAL', unit: { code: '60' } },
    ]);
  });
});
