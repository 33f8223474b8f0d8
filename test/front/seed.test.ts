import { demoUnits, officialName, SEED_DATE, STORIES } from '../../seed/demo';
import { seedDemo } from '../../seed';
import { FRONT_STORIES } from '../../seed/front/stories';
import { unitTree, LAST_THREE_LEVEL_DAY } from '../../lib';
import { Services, tokenFor } from '../support/services';

/**
 * The seeded demo world: organizations of every unit and the stories' records,
 * value by value, as the Front itself sees them (its RESTRICTED supervision too).
 */
let services: Services;
let frontReader: string;

// The first file of a run to get here seeds the demo's template databases (test/support/databases.ts), which takes a while.
beforeAll(async () => {
  services = await Services.start(['front']);
  // The Front's central committee: above every Front organization, it reads every supervision, RESTRICTED ones included.
  frontReader = await tokenFor({ org: { type: 'FrontOrganization', id: 'VFF-VN' } });
}, 300_000);

afterAll(async () => {
  await services?.stop();
});

async function ok(query: string, variables?: Record<string, unknown>) {
  const response = await services.querySubgraph('front', query, variables, frontReader);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const S = FRONT_STORIES.supervisions;

test('six organizations in every unit above the commune, five in every commune', async () => {
  const units = demoUnits();
  const communes = units.filter((u) => u.level === 'COMMUNE').length;
  // Until 2025-06-30: the nation, 7 provinces, 83 districts, 1,080 communes; from 2025-07-01: 3 provinces, 373 communes.
  expect(units).toHaveLength(1547);
  const data = await ok(`{ frontOrganizations(first: 1) { totalCount } }`);
  expect(data.frontOrganizations.totalCount).toBe(6 * (units.length - communes) + 5 * communes);
});

test('the organizations of Bình Thuận, in order, with their names and heads', async () => {
  // Bình Thuận ended on 2025-06-30: viewed as it stood in 2024, the day the gateway would hand with it.
  const data = await ok(`{ _entities(representations: [{ __typename: "AdministrativeUnit", code: "60", asOf: "2024-12-31" }]) {
    ... on AdministrativeUnit { frontOrganizations { id name kind level head { name title } } }
  } }`);
  expect(data._entities[0].frontOrganizations).toEqual(
    [
      ['VFF-60', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận', 'FATHERLAND_FRONT', 'Chủ tịch'],
      ['TU-60', 'Liên đoàn Lao động tỉnh Bình Thuận', 'TRADE_UNION', 'Chủ tịch'],
      ['FU-60', 'Hội Nông dân tỉnh Bình Thuận', 'FARMERS_UNION', 'Chủ tịch'],
      ['WU-60', 'Hội Liên hiệp Phụ nữ tỉnh Bình Thuận', 'WOMENS_UNION', 'Chủ tịch'],
      ['YU-60', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bình Thuận', 'YOUTH_UNION', 'Bí thư'],
      ['VA-60', 'Hội Cựu chiến binh tỉnh Bình Thuận', 'VETERANS_ASSOCIATION', 'Chủ tịch'],
    ].map(([id, name, kind, title]) => ({
      id,
      name,
      kind,
      level: 'PROVINCIAL',
      // The Women's Union is chaired by a woman.
      head: { name: officialName(id, { woman: kind === 'WOMENS_UNION' }), title },
    })),
  );
});

test('the central organizations', async () => {
  const data = await ok(`{ frontOrganizations(filter: { unitCode: "VN" }) { nodes { id name level parent { id } } } }`);
  const byId = Object.fromEntries(data.frontOrganizations.nodes.map((o: any) => [o.id, o]));
  expect(Object.fromEntries(Object.entries(byId).map(([id, o]: [string, any]) => [id, o.name]))).toEqual({
    'VFF-VN': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    'TU-VN': 'Tổng Liên đoàn Lao động Việt Nam',
    'FU-VN': 'Hội Nông dân Việt Nam',
    'WU-VN': 'Hội Liên hiệp Phụ nữ Việt Nam',
    'YU-VN': 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    'VA-VN': 'Hội Cựu chiến binh Việt Nam',
  });
  expect(data.frontOrganizations.nodes.every((o: any) => o.level === 'CENTRAL' && o.parent === null)).toBe(true);
});

test('a commune organization and its chain of parents; members add up from the communes', async () => {
  const data = await ok(`{ frontOrganization(id: "WU-23035") {
    name level memberCount parent { id memberCount parent { id parent { id parent { id } } } }
  } }`);
  const wu = data.frontOrganization;
  expect(wu.name).toBe('Hội Liên hiệp Phụ nữ xã Phan Hòa');
  expect(wu.level).toBe('COMMUNE');
  expect(wu.parent.id).toBe('WU-596');
  expect(wu.parent.parent.id).toBe('WU-60');
  expect(wu.parent.parent.parent.id).toBe('WU-VN');
  expect(wu.parent.parent.parent.parent).toBeNull();

  const communes =
    await ok(`{ frontOrganizations(filter: { unitCode: "596", includeDescendants: true, kind: WOMENS_UNION, level: COMMUNE }, first: 200) {
    nodes { memberCount } totalCount } }`);
  expect(communes.frontOrganizations.totalCount).toBe(unitTree('596', LAST_THREE_LEVEL_DAY).length - 1);
  const sum = communes.frontOrganizations.nodes.reduce((total: number, o: any) => total + o.memberCount, 0);
  expect(wu.parent.memberCount).toBe(sum);
  expect(wu.memberCount).toBeGreaterThan(0);

  const vff = await ok(`{ frontOrganization(id: "VFF-23035") { memberCount } tu: frontOrganization(id: "TU-23035") { id } }`);
  expect(vff.frontOrganization.memberCount).toBeNull();
  expect(vff.tu).toBeNull();
});

test('a commune organization of the two-level era: under the province directly, carrying on the communes it was formed from', async () => {
  const data = await ok(`{
    wu: frontOrganization(id: "WU-23005-2025") {
      name level validFrom validTo memberCount head { name } parent { id level parent { id parent { id } } } predecessors { id }
    }
    old: frontOrganization(id: "WU-23035") { validFrom validTo successors { id } }
  }`);
  expect(data.wu).toMatchObject({
    name: 'Hội Liên hiệp Phụ nữ xã Bắc Bình',
    level: 'COMMUNE',
    validFrom: '2025-07-01',
    validTo: null,
    head: { name: officialName('WU-23005-2025', { woman: true }) },
    // No district level any more: the commune's union is under the province's.
    parent: { id: 'WU-68-2025', level: 'PROVINCIAL', parent: { id: 'WU-VN', parent: null } },
  });
  expect(data.wu.memberCount).toBeGreaterThan(0);
  // Xã Bắc Bình was formed from Chợ Lầu, Phan Hòa, Phan Hiệp and Phan Rí Thành.
  expect(data.wu.predecessors.map((o: { id: string }) => o.id).sort()).toEqual(['WU-23005', 'WU-23035', 'WU-23044', 'WU-23050']);
  expect(data.old).toEqual({ validFrom: null, validTo: '2025-06-30', successors: [{ id: 'WU-23005-2025' }] });
});

test('the expressway supervision in Hàm Thuận Nam', async () => {
  const data = await ok(
    `query ($id: ID!) { supervision(id: $id) {
      title form conductedBy { id } target { __typename ... on StateAgency { id } } unit { code }
      case { id } coordinationProgram { id } startedOn endedOn findings classification
      recommendations { content status response statusChangedOn addressedTo { ... on StateAgency { id } } }
    } }`,
    { id: S.expresswayHamThuanNam },
  );
  const s = data.supervision;
  expect(s).toMatchObject({
    form: 'SUPERVISION',
    conductedBy: { id: 'VFF-60' },
    target: { __typename: 'StateAgency', id: 'PCOM-598' },
    unit: { code: '598' },
    case: { id: STORIES.cases.expresswayHamThuanNam },
    coordinationProgram: { id: STORIES.programs.binhThuanExpressway },
    startedOn: '2023-04-10',
    endedOn: '2023-05-30',
    classification: 'PUBLIC',
  });
  expect(s.title).toContain('cao tốc Bắc – Nam');
  expect(s.findings).toEqual(expect.any(String));
  expect(s.recommendations.map((r: any) => [r.addressedTo.id, r.status])).toEqual([
    // Still open when Hàm Thuận Nam ended on 2025-06-30: carried on by the new Lâm Đồng's People's Committee.
    ['PCOM-68-2025', 'IN_PROGRESS'],
    ['PCOM-598', 'IMPLEMENTED'],
    ['MOT-VN', 'PENDING'],
  ]);
  expect(s.recommendations[2].response).toBeNull();
  expect(s.recommendations[1].response).toEqual(expect.any(String));
});

test('the other stories: social criticism, party targets, the restricted case', async () => {
  const data = await ok(
    `query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on Supervision {
      id form conductedBy { id } unit { code } case { id } startedOn classification
      target { __typename ... on StateAgency { id } ... on PartyCommittee { id } ... on MassMobilizationCommission { id } }
      recommendations { status }
    } } }`,
    {
      ids: [
        S.waterPlanCriticism,
        S.waterPhanHoa,
        S.resettlementHamThuanNam,
        S.restrictedChuProng,
        S.landCamGiang,
        S.petitionsBacBinh,
        S.droughtPlanCriticism,
      ].map((id) => ({ __typename: 'Supervision', id })),
    },
  );
  const [criticism, water, resettlement, restricted, camGiang, petitions, drought] = data._entities;
  expect(criticism).toMatchObject({
    form: 'SOCIAL_CRITICISM',
    conductedBy: { id: 'VFF-60' },
    target: { __typename: 'StateAgency', id: 'PCOM-60' },
    case: { id: STORIES.cases.waterPhanHoa },
  });
  expect(criticism.startedOn.startsWith('2024-06')).toBe(true);
  expect(criticism.recommendations.length).toBeGreaterThan(0);
  expect(criticism.recommendations.every((r: any) => r.status === 'ACCEPTED')).toBe(true);

  expect(water).toMatchObject({ conductedBy: { id: 'FU-596' }, target: { id: 'PCOM-596' }, case: { id: STORIES.cases.waterPhanHoa } });
  expect(water.startedOn.startsWith('2024-07')).toBe(true);
  expect(resettlement).toMatchObject({
    conductedBy: { id: 'WU-598' },
    target: { id: 'PCOM-598' },
    case: { id: STORIES.cases.expresswayHamThuanNam },
  });
  expect(restricted).toMatchObject({
    conductedBy: { id: 'VFF-64' },
    target: { id: 'PCOM-632' },
    classification: 'RESTRICTED',
    case: { id: STORIES.cases.restrictedChuProng },
  });
  expect(camGiang).toMatchObject({ conductedBy: { id: 'VFF-30' }, target: { id: 'PCOM-295' }, case: { id: STORIES.cases.landCamGiang } });
  expect(petitions).toMatchObject({ conductedBy: { id: 'VFF-60' }, target: { __typename: 'PartyCommittee', id: 'PC-596' } });
  expect(drought).toMatchObject({
    form: 'SOCIAL_CRITICISM',
    conductedBy: { id: 'FU-60' },
    target: { __typename: 'MassMobilizationCommission', id: 'MMC-60' },
  });
});

test('every supervision ended on or after it started, and only the restricted story is RESTRICTED', async () => {
  const data = await ok(`{ supervisions(first: 200) { totalCount nodes { id startedOn endedOn classification } } }`);
  expect(data.supervisions.totalCount).toBeLessThanOrEqual(200);
  for (const s of data.supervisions.nodes) {
    if (s.endedOn) expect(s.endedOn >= s.startedOn).toBe(true);
    // The demo's records run from 2023 to its seed date (the two-level era's until 2026).
    expect(s.startedOn >= '2023-01-01' && s.startedOn <= SEED_DATE).toBe(true);
  }
  expect(data.supervisions.nodes.filter((s: any) => s.classification === 'RESTRICTED').map((s: any) => s.id)).toEqual([
    S.restrictedChuProng,
  ]);
  expect(data.supervisions.nodes.some((s: any) => s.endedOn === null)).toBe(true);
});

test('seeding again changes nothing', async () => {
  const db = services.subgraphs.front!.db;
  const counts = () =>
    db.query(`SELECT (SELECT count(*) FROM front_organization) AS o, (SELECT count(*) FROM supervision) AS s,
                     (SELECT count(*) FROM recommendation) AS r, (SELECT count(*) FROM campaign) AS c`);
  const before = await counts();
  await seedDemo('front', db);
  expect(await counts()).toEqual(before);
});
