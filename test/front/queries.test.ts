import { demoUnits, STORIES, THREE_LEVEL_PROVINCES, TWO_LEVEL_PROVINCES } from '../../seed/demo';
import { unitTree, LAST_THREE_LEVEL_DAY } from '../../lib';
import { demoCampaigns } from '../../seed/front/campaigns';
import { FRONT_STORIES } from '../../seed/front/stories';
import { postGraphQL, Services, tokenFor } from '../support/services';

/** The root queries: by id, each filter, pagination and bad input. */
let services: Services;

// The first file of a run to get here seeds the demo's template databases (test/support/databases.ts), which takes a while.
beforeAll(async () => {
  services = await Services.start(['front']);
}, 300_000);

afterAll(async () => {
  await services?.stop();
});

const S = FRONT_STORIES.supervisions;
const C = FRONT_STORIES.campaigns;

async function ok(query: string, variables?: Record<string, unknown>, token?: string) {
  const response = await services.querySubgraph('front', query, variables, token);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function badUserInput(query: string, variables: Record<string, unknown>, field: string) {
  const response = await services.querySubgraph('front', query, variables);
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors![0].message).toContain(field);
}

const ORGANIZATIONS = /* GraphQL */ `
  #graphql
  query ($filter: FrontOrganizationFilter, $first: Int, $after: String) {
    frontOrganizations(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        kind
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

const SUPERVISIONS = /* GraphQL */ `
  #graphql
  query ($filter: SupervisionFilter, $first: Int, $after: String) {
    supervisions(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        form
        startedOn
        unit {
          code
        }
        conductedBy {
          id
        }
        case {
          id
        }
        target {
          __typename
          ... on StateAgency {
            id
          }
          ... on PartyCommittee {
            id
          }
          ... on MassMobilizationCommission {
            id
          }
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

const CAMPAIGNS = /* GraphQL */ `
  #graphql
  query ($filter: CampaignFilter, $first: Int, $after: String) {
    campaigns(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        kind
        startsOn
        endsOn
        organizer {
          id
        }
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

/** Follows `endCursor` to the end of a list, checking that pages never overlap. */
async function allPages(query: string, name: string, filter: Record<string, unknown>, first: number) {
  const nodes: any[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount: number;
  for (;;) {
    const data: any = await ok(query, { filter, first, after });
    const page = data[name];
    totalCount = page.totalCount;
    expect(page.nodes.length).toBeLessThanOrEqual(first);
    nodes.push(...page.nodes);
    pages += 1;
    if (!page.pageInfo.hasNextPage) break;
    expect(page.nodes).toHaveLength(first);
    after = page.pageInfo.endCursor;
  }
  expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
  expect(nodes).toHaveLength(totalCount);
  return { nodes, pages };
}

describe('frontOrganization / frontOrganizations', () => {
  test('by id; null for an unknown id', async () => {
    const data = await ok(`{ a: frontOrganization(id: "YU-VN") { id name head { title } parent { id } }
                             b: frontOrganization(id: "XX-60") { id } }`);
    expect(data.a).toEqual({
      id: 'YU-VN',
      name: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
      head: { title: 'Bí thư thứ nhất' },
      parent: null,
    });
    expect(data.b).toBeNull();
  });

  test('filter by unit, with and without descendants, by kind and by level', async () => {
    const own = await ok(ORGANIZATIONS, { filter: { unitCode: '596' } });
    expect(own.frontOrganizations.totalCount).toBe(6);

    const communes596 = unitTree('596', LAST_THREE_LEVEL_DAY).filter((u) => u.level === 'COMMUNE').length;
    const farmers = await ok(ORGANIZATIONS, {
      filter: { unitCode: '596', includeDescendants: true, kind: 'FARMERS_UNION' },
      first: 200,
    });
    expect(farmers.frontOrganizations.totalCount).toBe(1 + communes596);
    expect(farmers.frontOrganizations.nodes.every((o: any) => o.kind === 'FARMERS_UNION')).toBe(true);

    // Six organizations in each province of either era: the 7 until 2025-06-30 and the 3 formed on 2025-07-01.
    const provinces = demoUnits().filter((u) => u.level === 'PROVINCIAL');
    expect(provinces).toHaveLength(THREE_LEVEL_PROVINCES.length + TWO_LEVEL_PROVINCES.length);
    const provincial = await ok(ORGANIZATIONS, { filter: { level: 'PROVINCIAL' }, first: 200 });
    expect(provincial.frontOrganizations.totalCount).toBe(6 * provinces.length);
    expect(new Set(provincial.frontOrganizations.nodes.map((o: any) => o.unit.code))).toEqual(
      new Set([...THREE_LEVEL_PROVINCES, ...TWO_LEVEL_PROVINCES]),
    );

    // The Trade Union stops at district level: the nation, the provinces of both eras and the districts until 2025-06-30.
    const districts = demoUnits().filter((u) => u.level === 'DISTRICT').length;
    const unions = await ok(ORGANIZATIONS, { filter: { kind: 'TRADE_UNION' }, first: 1 });
    expect(unions.frontOrganizations.totalCount).toBe(1 + provinces.length + districts);

    const communeUnions = await ok(ORGANIZATIONS, { filter: { kind: 'TRADE_UNION', level: 'COMMUNE' } });
    expect(communeUnions.frontOrganizations).toMatchObject({ nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });
  });

  test('pages through a list in id order', async () => {
    const { nodes, pages } = await allPages(ORGANIZATIONS, 'frontOrganizations', { unitCode: '596', includeDescendants: true }, 7);
    const ids = nodes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort());
    expect(pages).toBeGreaterThan(3);
    expect(ids).toContain('VFF-23035');
  });

  test('bad input names the argument', async () => {
    await badUserInput(ORGANIZATIONS, { first: 0 }, 'first');
    await badUserInput(ORGANIZATIONS, { first: 500 }, 'first');
    await badUserInput(ORGANIZATIONS, { after: 'not-a-cursor' }, 'after');
    await badUserInput(ORGANIZATIONS, { filter: { unitCode: '99999' } }, 'filter.unitCode');
    await badUserInput(ORGANIZATIONS, { filter: { kind: 'CHESS_CLUB' } }, 'kind');
  });
});

describe('supervision / supervisions', () => {
  test('by id; null for an unknown id', async () => {
    const data = await ok(
      `query ($id: ID!) { a: supervision(id: $id) { id title classification case { id } coordinationProgram { id } }
                          b: supervision(id: "00000000-0000-5000-8000-000000000000") { id } }`,
      { id: S.restrictedChuProng },
      // The Front sees its own RESTRICTED records (restricted.test.ts covers who else does): its central
      // committee, above the conductor VFF-64 (which ended on 2025-06-30 and reads nothing RESTRICTED today).
      await tokenFor({ org: { type: 'FrontOrganization', id: 'VFF-VN' } }),
    );
    expect(data.a).toMatchObject({
      id: S.restrictedChuProng,
      classification: 'RESTRICTED',
      case: { id: STORIES.cases.restrictedChuProng },
      coordinationProgram: null,
    });
    expect(data.b).toBeNull();
  });

  test('all, most recent first, a page at a time', async () => {
    const { nodes } = await allPages(SUPERVISIONS, 'supervisions', {}, 15);
    const keys = nodes.map((n) => `${n.startedOn}|${n.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(nodes.length).toBeGreaterThan(40);
  });

  test('filter by form, conductor, target and case', async () => {
    const criticism = await ok(SUPERVISIONS, { filter: { form: 'SOCIAL_CRITICISM' }, first: 200 });
    const criticismIds = criticism.supervisions.nodes.map((n: any) => n.id);
    expect(criticismIds).toEqual(expect.arrayContaining([S.waterPlanCriticism, S.droughtPlanCriticism]));
    expect(criticism.supervisions.nodes.every((n: any) => n.form === 'SOCIAL_CRITICISM')).toBe(true);

    const byVff60 = await ok(SUPERVISIONS, { filter: { conductedById: 'VFF-60' }, first: 200 });
    expect(byVff60.supervisions.nodes.every((n: any) => n.conductedBy.id === 'VFF-60')).toBe(true);
    expect(byVff60.supervisions.nodes.map((n: any) => n.id)).toEqual(
      expect.arrayContaining([S.expresswayHamThuanNam, S.waterPlanCriticism, S.petitionsBacBinh, S.pollutionTuyPhong]),
    );

    const ofPc596 = await ok(SUPERVISIONS, { filter: { targetId: 'PC-596' } });
    expect(ofPc596.supervisions.nodes).toEqual([
      expect.objectContaining({ id: S.petitionsBacBinh, target: { __typename: 'PartyCommittee', id: 'PC-596' } }),
    ]);

    const water = await ok(SUPERVISIONS, { filter: { caseId: STORIES.cases.waterPhanHoa } });
    expect(water.supervisions.totalCount).toBe(2);
    expect(water.supervisions.nodes.map((n: any) => n.id)).toEqual([S.waterPhanHoa, S.waterPlanCriticism]);
  });

  test('filter by unit, with and without descendants', async () => {
    const own = await ok(SUPERVISIONS, { filter: { unitCode: '596' }, first: 200 });
    const ownIds = own.supervisions.nodes.map((n: any) => n.id);
    expect(ownIds).toContain(S.petitionsBacBinh);
    expect(ownIds).not.toContain(S.waterPhanHoa); // in Phan Hòa commune, below the district
    expect(own.supervisions.nodes.every((n: any) => n.unit.code === '596')).toBe(true);

    const below = await ok(SUPERVISIONS, { filter: { unitCode: '596', includeDescendants: true }, first: 200 });
    expect(below.supervisions.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining([S.petitionsBacBinh, S.waterPhanHoa]));

    const province = await ok(SUPERVISIONS, { filter: { unitCode: '60', includeDescendants: true }, first: 200 });
    const codes60 = new Set(unitTree('60', LAST_THREE_LEVEL_DAY).map((u) => u.code));
    expect(province.supervisions.nodes.every((n: any) => codes60.has(n.unit.code))).toBe(true);
    expect(province.supervisions.nodes.map((n: any) => n.id)).not.toContain(S.landCamGiang);

    // Lâm Đồng (68) as it stands today, and below it: its own supervisions since 2025-07-01 and
    // those of the units it was formed from (Bình Thuận's among them).
    const lamDong = await ok(SUPERVISIONS, { filter: { unitCode: '68', includeDescendants: true }, first: 200 });
    const lamDongIds = lamDong.supervisions.nodes.map((n: any) => n.id);
    expect(lamDongIds).toEqual(expect.arrayContaining([S.petitionsBacBinh, S.waterPhanHoa]));
    expect(lamDongIds).not.toContain(S.landCamGiang);
    expect(lamDong.supervisions.nodes.some((n: any) => n.startedOn >= '2025-07-01' && n.conductedBy.id === 'VFF-68-2025')).toBe(true);
  });

  test('filter by date range, ends included', async () => {
    const data = await ok(SUPERVISIONS, { filter: { from: '2024-06-04', to: '2024-07-08' }, first: 200 });
    const nodes = data.supervisions.nodes;
    expect(nodes.every((n: any) => n.startedOn >= '2024-06-04' && n.startedOn <= '2024-07-08')).toBe(true);
    expect(nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining([S.waterPlanCriticism, S.waterPhanHoa]));
  });

  test('bad input names the argument', async () => {
    await badUserInput(SUPERVISIONS, { first: 0 }, 'first');
    await badUserInput(SUPERVISIONS, { first: 201 }, 'first');
    await badUserInput(SUPERVISIONS, { after: 'bm9wZQ' }, 'after');
    await badUserInput(SUPERVISIONS, { filter: { unitCode: 'XYZ' } }, 'filter.unitCode');
    await badUserInput(SUPERVISIONS, { filter: { from: '2024-12-01', to: '2024-01-01' } }, 'filter.to');
    await badUserInput(SUPERVISIONS, { filter: { from: '2024-02-30' } }, '2024-02-30');
  });
});

describe('campaign / campaigns', () => {
  test('by id; null for an unknown id', async () => {
    const data = await ok(
      `query ($id: ID!) { a: campaign(id: $id) { id name kind organizer { id name } coordinationProgram { id } startsOn endsOn description }
                          b: campaign(id: "nope") { id } }`,
      { id: C.expresswaySiteHandover },
    );
    expect(data.a).toMatchObject({
      id: C.expresswaySiteHandover,
      kind: 'CAMPAIGN',
      organizer: { id: 'VFF-60', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận' },
      coordinationProgram: { id: STORIES.programs.binhThuanExpressway },
      startsOn: '2022-01-10',
      endsOn: '2023-06-30',
    });
    expect(data.a.description).toEqual(expect.any(String));
    expect(data.b).toBeNull();
  });

  test('filters: unit, kind, organizer, active on a date', async () => {
    // The stories' campaigns and those of the provinces formed on 2025-07-01.
    const all = await ok(CAMPAIGNS, { filter: { unitCode: 'VN', includeDescendants: true } });
    expect(all.campaigns.totalCount).toBe(demoCampaigns().length);
    expect(all.campaigns.totalCount).toBeGreaterThan(Object.keys(C).length);

    const binhThuan = await ok(CAMPAIGNS, { filter: { unitCode: '60' } });
    expect(binhThuan.campaigns.nodes.map((n: any) => n.id)).toEqual([
      C.forThePoorBinhThuan2024,
      C.youthVolunteers,
      C.fiveNoThreeClean,
      C.expresswaySiteHandover,
    ]);

    const movements = await ok(CAMPAIGNS, { filter: { kind: 'EMULATION_MOVEMENT' } });
    expect(new Set(movements.campaigns.nodes.map((n: any) => n.id))).toEqual(
      new Set([C.fiveNoThreeClean, C.youthVolunteers, C.farmersHaiDuong]),
    );

    const byVff60 = await ok(CAMPAIGNS, { filter: { organizerId: 'VFF-60' } });
    expect(byVff60.campaigns.nodes.map((n: any) => n.id)).toEqual([C.forThePoorBinhThuan2024, C.expresswaySiteHandover]);

    const active = await ok(CAMPAIGNS, { filter: { activeOn: '2024-11-18' } });
    const activeIds = active.campaigns.nodes.map((n: any) => n.id);
    expect(new Set(activeIds)).toEqual(
      new Set([C.newRuralAreas, C.vietnameseGoods, C.forThePoorBinhThuan2024, C.fiveNoThreeClean, C.youthVolunteers, C.farmersHaiDuong]),
    );
  });

  test('pages through campaigns, most recent first', async () => {
    const { nodes, pages } = await allPages(CAMPAIGNS, 'campaigns', {}, 3);
    expect(pages).toBe(Math.ceil(demoCampaigns().length / 3));
    const dates = nodes.map((n) => n.startsOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('bad input names the argument', async () => {
    await badUserInput(CAMPAIGNS, { first: -1 }, 'first');
    await badUserInput(CAMPAIGNS, { first: 1000 }, 'first');
    await badUserInput(CAMPAIGNS, { after: '' + Buffer.from('[1,2,3]').toString('base64url') }, 'after');
    await badUserInput(CAMPAIGNS, { filter: { unitCode: '00000' } }, 'filter.unitCode');
    await badUserInput(CAMPAIGNS, { filter: { activeOn: 'yesterday' } }, 'yesterday');
  });
});

test('a request without a token is refused', async () => {
  const response = await postGraphQL(services.subgraphs.front!.server.url, '{ frontOrganization(id: "VFF-60") { id } }', {}, null);
  expect(response.status).toBe(401);
  expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(response.data?.frontOrganization).toBeUndefined();
});

test('a cursor edited to hold a value of the wrong type is bad input, not an internal error', async () => {
  const after = Buffer.from(JSON.stringify(['not-a-date', 'x'])).toString('base64url');
  await badUserInput(SUPERVISIONS, { after }, 'after');
  await badUserInput(CAMPAIGNS, { after: Buffer.from(JSON.stringify([{ a: 1 }, 'x'])).toString('base64url') }, 'after');
});
