import { CENTRAL, demoUnits, STORIES } from '../../seed/demo';
import { ACTIVITY, demoArmedUnits, seedDemo } from '../../seed/armed-forces';
import { demoActivities } from '../../seed/armed-forces/activities';
import { Services } from '../support/services';

/**
 * Mass-mobilization activities over real HTTP: the stories the cross-family
 * scenarios rely on, root lists with every filter, the fields this subgraph adds
 * to cases, programs and administrative units, and batching.
 */
let services: Services;
const query = (text: string, variables?: Record<string, unknown>) => services.querySubgraph('armed-forces', text, variables);

// The first file of a run to get here seeds the demo's template databases (test/support/databases.ts), which takes a while.
beforeAll(async () => {
  services = await Services.start(['armed-forces']);
}, 300_000);
afterAll(() => services?.stop());

interface Activity {
  id: string;
  kind: string;
  startedOn: string;
  personnel: number;
  manDays: number;
  householdsReached: number;
  unit: { code: string };
  conductedBy: { id: string };
}

const ACTIVITY_FIELDS = /* GraphQL */ `
  id
  title
  kind
  conductedBy { id name }
  unit { code }
  startedOn
  endedOn
  personnel
  manDays
  householdsReached
  description
  case { id }
  coordinationProgram { id }
`;

const LIST = /* GraphQL */ `
  query ($filter: MobilizationActivityFilter, $first: Int, $after: String) {
    mobilizationActivities(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        kind
        startedOn
        personnel
        manDays
        householdsReached
        unit {
          code
        }
        conductedBy {
          id
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

const ids = (list: { id: string }[]) => list.map((a) => a.id);
const isMostRecentFirst = (list: { startedOn: string }[]) => list.every((a, i) => i === 0 || list[i - 1].startedOn >= a.startedOn);

describe('Query.mobilizationActivity', () => {
  it('returns the police propaganda for the expressway site clearance in Hàm Thuận Nam', async () => {
    const { data, errors } = await query(
      `#graphql
      query ($id: ID!) { mobilizationActivity(id: $id) { ${ACTIVITY_FIELDS} } }`,
      { id: ACTIVITY.expresswayPropaganda },
    );
    expect(errors).toBeUndefined();
    expect(data!.mobilizationActivity).toEqual({
      id: ACTIVITY.expresswayPropaganda,
      title: 'Tuyên truyền, vận động nhân dân bàn giao mặt bằng thi công cao tốc Bắc – Nam qua huyện Hàm Thuận Nam',
      kind: 'PROPAGANDA',
      conductedBy: { id: 'POL-598', name: 'Công an huyện Hàm Thuận Nam' },
      unit: { code: '598' },
      startedOn: '2023-03-06',
      endedOn: '2023-04-28',
      personnel: 45,
      manDays: 540,
      householdsReached: 320,
      description: expect.stringContaining('bồi thường, hỗ trợ, tái định cư'),
      case: { id: STORIES.cases.expresswayHamThuanNam },
      coordinationProgram: { id: STORIES.programs.binhThuanExpressway },
    });
  });

  it('returns an activity under way with no end date, case or program', async () => {
    const { data } = await query(
      `#graphql
      query ($id: ID!) { mobilizationActivity(id: $id) { kind conductedBy { id } unit { code } endedOn description case { id } coordinationProgram { id } } }`,
      {
        id: ACTIVITY.newRuralHaiDuong2025,
      },
    );
    expect(data!.mobilizationActivity).toEqual({
      kind: 'NEW_RURAL_CONSTRUCTION',
      conductedBy: { id: 'MC-30' },
      unit: { code: '300' },
      endedOn: null,
      description: null,
      case: null,
      coordinationProgram: null,
    });
  });

  it('returns null for an unknown or malformed id', async () => {
    const { data, errors } = await query(`{
      a: mobilizationActivity(id: "00000000-0000-5000-8000-000000000000") { id }
      b: mobilizationActivity(id: "not-a-uuid") { id }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ a: null, b: null });
  });
});

describe('Query.mobilizationActivities', () => {
  const total = async (filter: Record<string, unknown>) => {
    const { data, errors } = await query(LIST, { filter, first: 200 });
    expect(errors).toBeUndefined();
    return data!.mobilizationActivities as { nodes: Activity[]; totalCount: number };
  };

  it('lists everything most recent first', async () => {
    const { data } = await query(LIST, { first: 200 });
    const page = data!.mobilizationActivities;
    // Every district has 2-4 activities a year in 2023-2024 on top of the stories and the communes'.
    expect(page.totalCount).toBeGreaterThan(21 + 39 * 2 * 2);
    expect(page.nodes).toHaveLength(200);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(isMostRecentFirst(page.nodes)).toBe(true);
  });

  it('filters by unit, with and without descendants', async () => {
    const own = await total({ unitCode: '23035' });
    expect(ids(own.nodes)).toEqual(expect.arrayContaining([ACTIVITY.waterPhanHoaTrucks, ACTIVITY.waterPhanHoaPolice]));
    expect(own.nodes.every((a) => a.unit.code === '23035')).toBe(true);
    const district = await total({ unitCode: '596' });
    expect(district.nodes.every((a) => a.unit.code === '596')).toBe(true);
    const subtree = await total({ unitCode: '596', includeDescendants: true });
    expect(ids(subtree.nodes)).toEqual(expect.arrayContaining([...ids(own.nodes), ...ids(district.nodes)]));
    expect(subtree.totalCount).toBeGreaterThanOrEqual(own.totalCount + district.totalCount);
    expect(isMostRecentFirst(subtree.nodes)).toBe(true);
  });

  it('filters by kind, conducting unit, case, program and start dates', async () => {
    const water = await total({ caseId: STORIES.cases.waterPhanHoa });
    expect(ids(water.nodes)).toEqual([ACTIVITY.waterPhanHoaPolice, ACTIVITY.waterPhanHoaTrucks]);
    const expressway = await total({ coordinationProgramId: STORIES.programs.binhThuanExpressway });
    expect(ids(expressway.nodes)).toEqual([ACTIVITY.expresswayHousing, ACTIVITY.expresswayPropaganda]);
    const border = await total({ conductedById: 'BG-60' });
    expect(ids(border.nodes)).toEqual([ACTIVITY.borderSpring2025, ACTIVITY.borderSpring2024, ACTIVITY.borderSpring2023]);
    const relief = await total({ kind: 'DISASTER_RELIEF', unitCode: '64', includeDescendants: true, from: '2024-10-01', to: '2024-11-30' });
    expect(ids(relief.nodes)).toEqual(expect.arrayContaining([ACTIVITY.stormGiaLaiRegion, ACTIVITY.stormGiaLaiProvince]));
    expect(relief.nodes.every((a) => a.kind === 'DISASTER_RELIEF' && a.startedOn >= '2024-10-01' && a.startedOn <= '2024-11-30')).toBe(
      true,
    );
    const oneDay = await total({ from: '2024-03-18', to: '2024-03-18', conductedById: 'MC-596' });
    expect(ids(oneDay.nodes)).toContain(ACTIVITY.waterPhanHoaTrucks);
    expect(await total({ caseId: 'no-such-case' })).toMatchObject({ nodes: [], totalCount: 0 });
  });

  it('pages most recent first across pages without gaps or repeats', async () => {
    const filter = { unitCode: '60', includeDescendants: true };
    const all = await total(filter);
    const seen: Activity[] = [];
    let after: string | null = null;
    do {
      const { data, errors } = await query(LIST, { filter, first: 7, after });
      expect(errors).toBeUndefined();
      const page = data!.mobilizationActivities;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids(seen)).toEqual(ids(all.nodes));
    expect(isMostRecentFirst(seen)).toBe(true);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 500 }, 'first'],
    [{ after: 'bm90LWEtY3Vyc29y' }, 'after'],
    [{ filter: { unitCode: 'XX' } }, 'filter.unitCode'],
    [{ filter: { from: '2024-12-31', to: '2024-01-01' } }, 'filter.to'],
  ])('refuses bad input %j naming %s', async (variables, field) => {
    const { data, errors } = await query(LIST, variables);
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toMatch(new RegExp(`^${field.replace('.', '\\.')}:`));
  });

  it('refuses a date that is not a calendar date', async () => {
    const { errors } = await query(LIST, { filter: { from: '2024-02-30' } });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on MobilizationActivity {
        id
        kind
        conductedBy {
          id
        }
      }
      ... on Case {
        id
        armedForcesSupport {
          id
          conductedBy {
            id
          }
        }
      }
      ... on CoordinationProgram {
        id
        armedForcesActivities {
          id
          startedOn
          conductedBy {
            id
          }
        }
      }
      ... on ArmedUnit {
        id
        activities {
          id
          startedOn
        }
      }
    }
  }
`;

describe('MobilizationActivity entity references', () => {
  it('resolves known ids and answers null for an unknown one', async () => {
    const { data, errors } = await query(ENTITIES, {
      representations: [
        { __typename: 'MobilizationActivity', id: ACTIVITY.stormGiaLaiRegion },
        { __typename: 'MobilizationActivity', id: 'no-such-activity' },
        { __typename: 'MobilizationActivity', id: ACTIVITY.borderSpring2024 },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { id: ACTIVITY.stormGiaLaiRegion, kind: 'DISASTER_RELIEF', conductedBy: { id: 'MR-5' } },
      null,
      { id: ACTIVITY.borderSpring2024, kind: 'POVERTY_REDUCTION', conductedBy: { id: 'BG-60' } },
    ]);
  });
});

describe('Case.armedForcesSupport', () => {
  it('lists the activities for each case, most recent first, and nothing for a case without any', async () => {
    const { data, errors } = await query(ENTITIES, {
      representations: [
        { __typename: 'Case', id: STORIES.cases.expresswayHamThuanNam },
        { __typename: 'Case', id: STORIES.cases.waterPhanHoa },
        { __typename: 'Case', id: STORIES.cases.landCamGiang },
        { __typename: 'Case', id: 'unknown-case' },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      {
        id: STORIES.cases.expresswayHamThuanNam,
        armedForcesSupport: [
          { id: ACTIVITY.expresswayHousing, conductedBy: { id: 'MC-598' } },
          { id: ACTIVITY.expresswayPropaganda, conductedBy: { id: 'POL-598' } },
        ],
      },
      {
        id: STORIES.cases.waterPhanHoa,
        armedForcesSupport: [
          { id: ACTIVITY.waterPhanHoaPolice, conductedBy: { id: 'POL-23035' } },
          { id: ACTIVITY.waterPhanHoaTrucks, conductedBy: { id: 'MC-596' } },
        ],
      },
      // The state subgraph owns cases: an id this subgraph has no activity for is still a case reference.
      { id: STORIES.cases.landCamGiang, armedForcesSupport: [] },
      { id: 'unknown-case', armedForcesSupport: [] },
    ]);
  });
});

describe('CoordinationProgram.armedForcesActivities', () => {
  it('lists the central program activities of the Ministry and the General Department of Politics, 2022-2024', async () => {
    const { data, errors } = await query(ENTITIES, {
      representations: [
        { __typename: 'CoordinationProgram', id: STORIES.programs.centralArmedForces },
        { __typename: 'CoordinationProgram', id: STORIES.programs.binhThuanExpressway },
        { __typename: 'CoordinationProgram', id: 'unknown-program' },
      ],
    });
    expect(errors).toBeUndefined();
    const [central, expressway, unknown] = data!._entities;
    expect(central.id).toBe(STORIES.programs.centralArmedForces);
    expect(central.armedForcesActivities).toHaveLength(9);
    expect(isMostRecentFirst(central.armedForcesActivities)).toBe(true);
    const byYear = (year: string) =>
      central.armedForcesActivities
        .filter((a: Activity) => a.startedOn.startsWith(year))
        .map((a: Activity) => a.conductedBy.id)
        .sort();
    expect(byYear('2022')).toEqual([
      CENTRAL.generalDepartmentOfPolitics,
      CENTRAL.ministryOfPublicSecurity,
      CENTRAL.ministryOfPublicSecurity,
    ]);
    expect(byYear('2023')).toEqual([
      CENTRAL.generalDepartmentOfPolitics,
      CENTRAL.generalDepartmentOfPolitics,
      CENTRAL.ministryOfPublicSecurity,
    ]);
    expect(byYear('2024')).toEqual([
      CENTRAL.generalDepartmentOfPolitics,
      CENTRAL.ministryOfPublicSecurity,
      CENTRAL.ministryOfPublicSecurity,
    ]);
    expect(ids(expressway.armedForcesActivities)).toEqual([ACTIVITY.expresswayHousing, ACTIVITY.expresswayPropaganda]);
    expect(unknown).toEqual({ id: 'unknown-program', armedForcesActivities: [] });
  });
});

describe('ArmedUnit.activities', () => {
  it('lists what a unit carried out, most recent first', async () => {
    const { data } = await query(ENTITIES, { representations: [{ __typename: 'ArmedUnit', id: 'BG-60' }] });
    expect(ids(data!._entities[0].activities)).toEqual([ACTIVITY.borderSpring2025, ACTIVITY.borderSpring2024, ACTIVITY.borderSpring2023]);
  });
});

describe('AdministrativeUnit.mobilizationActivities', () => {
  const UNIT_ACTIVITIES = /* GraphQL */ `
    query ($representations: [_Any!]!, $includeDescendants: Boolean, $kind: ActivityKind, $from: Date, $to: Date) {
      _entities(representations: $representations) {
        ... on AdministrativeUnit {
          code
          mobilizationActivities(includeDescendants: $includeDescendants, kind: $kind, from: $from, to: $to) {
            id
            kind
            startedOn
            personnel
            manDays
            householdsReached
            unit {
              code
            }
          }
        }
      }
    }
  `;
  const unitsOf = (codes: string[]) => codes.map((code) => ({ __typename: 'AdministrativeUnit', code }));
  const sum = (list: Activity[], field: 'personnel' | 'manDays' | 'householdsReached') => list.reduce((s, a) => s + a[field], 0);

  it("lists a unit's own activities, most recent first", async () => {
    const { data, errors } = await query(UNIT_ACTIVITIES, { representations: unitsOf(['23035', '60']) });
    expect(errors).toBeUndefined();
    const [phanHoa, binhThuan] = data!._entities;
    expect(ids(phanHoa.mobilizationActivities)).toEqual(expect.arrayContaining([ACTIVITY.waterPhanHoaPolice, ACTIVITY.waterPhanHoaTrucks]));
    expect(phanHoa.mobilizationActivities.every((a: Activity) => a.unit.code === '23035')).toBe(true);
    expect(isMostRecentFirst(phanHoa.mobilizationActivities)).toBe(true);
    expect(binhThuan.mobilizationActivities.every((a: Activity) => a.unit.code === '60')).toBe(true);
  });

  it('with includeDescendants, sums a province as its own activities plus each district subtree', async () => {
    const districts = demoUnits()
      .filter((u) => u.parentCode === '60')
      .map((u) => u.code);
    const { data, errors } = await query(UNIT_ACTIVITIES, { representations: unitsOf(['60', ...districts]), includeDescendants: true });
    expect(errors).toBeUndefined();
    const [province, ...subtrees] = data!._entities as { code: string; mobilizationActivities: Activity[] }[];
    const { data: own } = await query(UNIT_ACTIVITIES, { representations: unitsOf(['60']) });
    const parts = [own!._entities[0].mobilizationActivities as Activity[], ...subtrees.map((s) => s.mobilizationActivities)];
    expect(province.mobilizationActivities.length).toBe(parts.reduce((n, p) => n + p.length, 0));
    for (const field of ['personnel', 'manDays', 'householdsReached'] as const) {
      expect(sum(province.mobilizationActivities, field)).toBe(parts.reduce((n, p) => n + sum(p, field), 0));
    }
    expect(new Set(ids(province.mobilizationActivities))).toEqual(new Set(parts.flatMap(ids)));
    // Overlapping parents in one batch: each district subtree lies inside the province's.
    for (const subtree of subtrees) {
      expect(subtree.mobilizationActivities.every((a) => a.unit.code === subtree.code || a.unit.code.length === 5)).toBe(true);
    }
    // The same totals as the root list.
    const { data: root } = await query(LIST, { filter: { unitCode: '60', includeDescendants: true }, first: 1 });
    expect(root!.mobilizationActivities.totalCount).toBe(province.mobilizationActivities.length);
    expect(isMostRecentFirst(province.mobilizationActivities)).toBe(true);
    expect(ids(province.mobilizationActivities)).toEqual(
      expect.arrayContaining([ACTIVITY.expresswayPropaganda, ACTIVITY.waterPhanHoaTrucks, ACTIVITY.borderSpring2024]),
    );
  });

  it('filters by kind and start dates', async () => {
    const { data } = await query(UNIT_ACTIVITIES, {
      representations: unitsOf(['64', '30']),
      includeDescendants: true,
      kind: 'DISASTER_RELIEF',
      from: '2024-01-01',
      to: '2024-12-31',
    });
    const [giaLai, haiDuong] = data!._entities;
    expect(ids(giaLai.mobilizationActivities)).toEqual(expect.arrayContaining([ACTIVITY.stormGiaLaiRegion, ACTIVITY.stormGiaLaiProvince]));
    expect(ids(haiDuong.mobilizationActivities)).toContain(ACTIVITY.yagiHaiDuong);
    for (const a of [...giaLai.mobilizationActivities, ...haiDuong.mobilizationActivities]) {
      expect(a.kind).toBe('DISASTER_RELIEF');
      expect(a.startedOn.startsWith('2024')).toBe(true);
    }
  });

  it('covers the whole country from VN with includeDescendants', async () => {
    const { data } = await query(UNIT_ACTIVITIES, { representations: unitsOf(['VN']), includeDescendants: true });
    const { data: root } = await query(LIST, { first: 1 });
    expect(data!._entities[0].mobilizationActivities).toHaveLength(root!.mobilizationActivities.totalCount);
  });

  it('refuses a range that ends before it starts, naming the argument', async () => {
    const { errors } = await query(UNIT_ACTIVITIES, { representations: unitsOf(['60']), from: '2024-05-01', to: '2024-04-01' });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toMatch(/^to: "2024-04-01"/);
  });

  it('costs the same number of statements for 10 districts as for 17, however the arguments vary', async () => {
    const OVERVIEW = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on AdministrativeUnit {
            all: mobilizationActivities(includeDescendants: true) {
              id
              conductedBy {
                id
                parent {
                  id
                }
              }
              case {
                id
              }
            }
            own: mobilizationActivities {
              id
            }
            relief: mobilizationActivities(includeDescendants: true, kind: DISASTER_RELIEF, from: "2024-01-01") {
              id
            }
          }
        }
      }
    `;
    const districtsOf = (province: string) =>
      unitsOf(
        demoUnits()
          .filter((u) => u.parentCode === province)
          .map((u) => u.code),
      );
    const counts = [];
    for (const province of ['60', '64']) {
      let errors: unknown;
      const counted = await services.countStatements(async () => {
        ({ errors } = await query(OVERVIEW, { representations: districtsOf(province) }));
      });
      expect(errors).toBeUndefined();
      counts.push(counted['armed-forces']);
    }
    expect(counts[0]).toBe(counts[1]);
    // Three lists, the conducting units, their parents.
    expect(counts[0]).toBeLessThanOrEqual(5);
  });
});

describe('the demo seed', () => {
  it('gives every district 2-4 activities a year in 2023 and 2024', async () => {
    const { data } = await query(
      `#graphql
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on AdministrativeUnit {
            code
            y2023: mobilizationActivities(from: "2023-01-01", to: "2023-12-31") { id conductedBy { id } }
            y2024: mobilizationActivities(from: "2024-01-01", to: "2024-12-31") { id conductedBy { id } }
          }
        }
      }`,
      {
        representations: demoUnits()
          .filter((u) => u.level === 'DISTRICT')
          .map((u) => ({ __typename: 'AdministrativeUnit', code: u.code })),
      },
    );
    for (const district of data!._entities as { code: string; y2023: Activity[]; y2024: Activity[] }[]) {
      for (const year of [district.y2023, district.y2024]) {
        const local = year.filter((a) => [`MC-${district.code}`, `POL-${district.code}`].includes(a.conductedBy.id));
        expect(local.length).toBeGreaterThanOrEqual(2);
        expect(local.length).toBeLessThanOrEqual(4);
      }
    }
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const db = services.subgraphs['armed-forces']!.db;
    const counts = () =>
      db.query('SELECT (SELECT count(*) FROM armed_unit) AS units, (SELECT count(*) FROM mobilization_activity) AS activities');
    const before = await counts();
    await seedDemo(db);
    expect(await counts()).toEqual(before);
    // Both eras' units and activities, as the seed's own functions make them.
    const units = demoArmedUnits();
    const activities = demoActivities(new Map(units.map((u) => [u.id, u])));
    expect(before[0]).toEqual({ units: String(units.length), activities: String(activities.length) });
    expect(units.length).toBeGreaterThan(3000);
    expect(activities.filter((a) => a.startedOn >= '2025-07-01').length).toBeGreaterThan(0);
  });
});
