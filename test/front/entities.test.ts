import { officialName, STORIES } from '../../seed/demo';
import { FRONT_STORIES } from '../../seed/front/stories';
import { Services } from '../support/services';

/**
 * `_entities` for every `@key` type the front subgraph resolves: its own types
 * (null for an unknown id) and the other families' entities it adds fields to.
 */
let services: Services;

// The first file of a run to get here seeds the demo's template databases (test/support/databases.ts), which takes a while.
beforeAll(async () => {
  services = await Services.start(['front']);
}, 300_000);

afterAll(async () => {
  await services?.stop();
});

async function entities(selection: string, representations: Record<string, unknown>[]) {
  const response = await services.querySubgraph(
    'front',
    /* GraphQL */ `#graphql
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ${selection} }
      }`,
    { representations },
  );
  expect(response.errors).toBeUndefined();
  return response.data!._entities as any[];
}

const S = FRONT_STORIES.supervisions;
const UNKNOWN_UUID = '00000000-0000-5000-8000-000000000000';

test('FrontOrganization by id; null for an unknown id', async () => {
  const [vff60, unknown] = await entities(
    `... on FrontOrganization { id name kind level unit { code } head { name title } parent { id name } memberCount }`,
    [
      { __typename: 'FrontOrganization', id: 'VFF-60' },
      { __typename: 'FrontOrganization', id: 'VFF-99999' },
    ],
  );
  expect(vff60).toEqual({
    id: 'VFF-60',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận',
    kind: 'FATHERLAND_FRONT',
    level: 'PROVINCIAL',
    unit: { code: '60' },
    head: { name: officialName('VFF-60'), title: 'Chủ tịch' },
    parent: { id: 'VFF-VN', name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' },
    memberCount: null,
  });
  expect(unknown).toBeNull();
});

test('Supervision by id; null for an unknown id', async () => {
  const [supervision, unknown] = await entities(
    `... on Supervision { id title form conductedBy { id } target { __typename ... on StateAgency { id } } startedOn endedOn }`,
    [
      { __typename: 'Supervision', id: S.expresswayHamThuanNam },
      { __typename: 'Supervision', id: UNKNOWN_UUID },
    ],
  );
  expect(supervision).toMatchObject({
    id: S.expresswayHamThuanNam,
    form: 'SUPERVISION',
    conductedBy: { id: 'VFF-60' },
    target: { __typename: 'StateAgency', id: 'PCOM-598' },
    startedOn: '2023-04-10',
    endedOn: '2023-05-30',
  });
  expect(unknown).toBeNull();
});

test('Campaign by id; null for an unknown id', async () => {
  const [campaign, unknown] = await entities(`... on Campaign { id name kind organizer { id } unit { code } startsOn endsOn }`, [
    { __typename: 'Campaign', id: FRONT_STORIES.campaigns.newRuralAreas },
    { __typename: 'Campaign', id: 'no-such-campaign' },
  ]);
  expect(campaign).toEqual({
    id: FRONT_STORIES.campaigns.newRuralAreas,
    name: 'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh',
    kind: 'CAMPAIGN',
    organizer: { id: 'VFF-VN' },
    unit: { code: 'VN' },
    startsOn: '2016-01-01',
    endsOn: null,
  });
  expect(unknown).toBeNull();
});

test('AdministrativeUnit.frontOrganizations: the Front first, no Trade Union in a commune; null for an unknown code', async () => {
  // The gateway hands each unit with the day it is viewed at (its second key, `code asOf`):
  // Bình Thuận and Phan Hòa as they stood in 2024, the nation and Lâm Đồng today.
  const [province, commune, nation, unknown] = await entities(`... on AdministrativeUnit { code frontOrganizations { id kind } }`, [
    { __typename: 'AdministrativeUnit', code: '60', asOf: '2024-12-31' },
    { __typename: 'AdministrativeUnit', code: '23035', asOf: '2024-12-31' },
    { __typename: 'AdministrativeUnit', code: 'VN' },
    { __typename: 'AdministrativeUnit', code: '99999' },
  ]);
  expect(province.frontOrganizations).toEqual([
    { id: 'VFF-60', kind: 'FATHERLAND_FRONT' },
    { id: 'TU-60', kind: 'TRADE_UNION' },
    { id: 'FU-60', kind: 'FARMERS_UNION' },
    { id: 'WU-60', kind: 'WOMENS_UNION' },
    { id: 'YU-60', kind: 'YOUTH_UNION' },
    { id: 'VA-60', kind: 'VETERANS_ASSOCIATION' },
  ]);
  expect(commune.frontOrganizations.map((o: { id: string }) => o.id)).toEqual([
    'VFF-23035',
    'FU-23035',
    'WU-23035',
    'YU-23035',
    'VA-23035',
  ]);
  expect(nation.frontOrganizations).toHaveLength(6);
  expect(unknown).toBeNull();
});

test('AdministrativeUnit.frontOrganizations follows the day: a reused code shows the organizations of its form on asOf', async () => {
  // 23005 was Chợ Lầu (Bắc Bình district) until 2025-06-30 and is Xã Bắc Bình (Lâm Đồng) since;
  // 68 was the old Lâm Đồng and is the new one. Without asOf, a unit is viewed today.
  const [choLau, bacBinh, oldLamDong, lamDong] = await entities(`... on AdministrativeUnit { code asOf frontOrganizations { id } }`, [
    { __typename: 'AdministrativeUnit', code: '23005', asOf: '2024-12-31' },
    { __typename: 'AdministrativeUnit', code: '23005' },
    { __typename: 'AdministrativeUnit', code: '68', asOf: '2025-06-30' },
    { __typename: 'AdministrativeUnit', code: '68', asOf: '2026-03-15' },
  ]);
  const ids = (unit: { frontOrganizations: { id: string }[] }) => unit.frontOrganizations.map((o) => o.id);
  expect(ids(choLau)).toEqual(['VFF-23005', 'FU-23005', 'WU-23005', 'YU-23005', 'VA-23005']);
  expect(ids(bacBinh)).toEqual(['VFF-23005-2025', 'FU-23005-2025', 'WU-23005-2025', 'YU-23005-2025', 'VA-23005-2025']);
  expect(ids(oldLamDong)).toEqual(['VFF-68', 'TU-68', 'FU-68', 'WU-68', 'YU-68', 'VA-68']);
  expect(ids(lamDong)).toEqual(['VFF-68-2025', 'TU-68-2025', 'FU-68-2025', 'WU-68-2025', 'YU-68-2025', 'VA-68-2025']);
});

test('StateAgency.supervisionsReceived: PCOM-598 has the expressway supervision with its 3 recommendations', async () => {
  const [pcom598, unknown] = await entities(
    `... on StateAgency { id supervisionsReceived {
        id startedOn conductedBy { id }
        recommendations { content status response statusChangedOn version addressedTo { __typename ... on StateAgency { id } } }
      } }`,
    [
      { __typename: 'StateAgency', id: 'PCOM-598' },
      { __typename: 'StateAgency', id: 'PCOM-NOPE' },
    ],
  );
  const ids = pcom598.supervisionsReceived.map((s: { id: string }) => s.id);
  expect(ids).toEqual(expect.arrayContaining([S.expresswayHamThuanNam, S.resettlementHamThuanNam]));
  const dates = pcom598.supervisionsReceived.map((s: { startedOn: string }) => s.startedOn);
  expect(dates).toEqual([...dates].sort().reverse());
  const expressway = pcom598.supervisionsReceived.find((s: { id: string }) => s.id === S.expresswayHamThuanNam);
  expect(expressway.conductedBy).toEqual({ id: 'VFF-60' });
  expect(expressway.recommendations.map((r: any) => [r.addressedTo, r.status])).toEqual([
    // Still open when PCOM-598 ended: carried on by the new Lâm Đồng's People's Committee (design section 10).
    [{ __typename: 'StateAgency', id: 'PCOM-68-2025' }, 'IN_PROGRESS'],
    [{ __typename: 'StateAgency', id: 'PCOM-598' }, 'IMPLEMENTED'],
    [{ __typename: 'StateAgency', id: 'MOT-VN' }, 'PENDING'],
  ]);
  expect(expressway.recommendations[2]).toMatchObject({ response: null, version: 1 });
  // A reference this subgraph has no records for is still the entity, with nothing to add.
  expect(unknown).toEqual({ id: 'PCOM-NOPE', supervisionsReceived: [] });
});

test('PartyCommittee.supervisionsReceived', async () => {
  const [pc596, unknown] = await entities(
    `... on PartyCommittee { id supervisionsReceived { id target { __typename ... on PartyCommittee { id } } } }`,
    [
      { __typename: 'PartyCommittee', id: 'PC-596' },
      { __typename: 'PartyCommittee', id: 'PC-NOPE' },
    ],
  );
  expect(pc596.supervisionsReceived).toEqual([{ id: S.petitionsBacBinh, target: { __typename: 'PartyCommittee', id: 'PC-596' } }]);
  expect(unknown).toEqual({ id: 'PC-NOPE', supervisionsReceived: [] });
});

test('MassMobilizationCommission.supervisionsReceived', async () => {
  const [mmc60, unknown] = await entities(
    `... on MassMobilizationCommission { id supervisionsReceived { id form conductedBy { id } recommendations { status } } }`,
    [
      { __typename: 'MassMobilizationCommission', id: 'MMC-60' },
      { __typename: 'MassMobilizationCommission', id: 'MMC-NOPE' },
    ],
  );
  expect(mmc60.supervisionsReceived).toEqual([
    {
      id: S.droughtPlanCriticism,
      form: 'SOCIAL_CRITICISM',
      conductedBy: { id: 'FU-60' },
      recommendations: [{ status: 'ACCEPTED' }, { status: 'PENDING' }],
    },
  ]);
  expect(unknown).toEqual({ id: 'MMC-NOPE', supervisionsReceived: [] });
});

test('Case.supervisions, most recent first', async () => {
  const [expressway, water, unknown] = await entities(`... on Case { id supervisions { id startedOn } }`, [
    { __typename: 'Case', id: STORIES.cases.expresswayHamThuanNam },
    { __typename: 'Case', id: STORIES.cases.waterPhanHoa },
    { __typename: 'Case', id: UNKNOWN_UUID },
  ]);
  expect(expressway.supervisions).toEqual([
    { id: S.resettlementHamThuanNam, startedOn: '2023-09-12' },
    { id: S.expresswayHamThuanNam, startedOn: '2023-04-10' },
  ]);
  expect(water.supervisions).toEqual([
    { id: S.waterPhanHoa, startedOn: '2024-07-08' },
    { id: S.waterPlanCriticism, startedOn: '2024-06-04' },
  ]);
  expect(unknown).toEqual({ id: UNKNOWN_UUID, supervisions: [] });
});

test('CoordinationProgram.frontActivities: supervisions and campaigns, most recent first', async () => {
  const [program, unknown] = await entities(
    `... on CoordinationProgram { id frontActivities {
        __typename
        ... on Supervision { id startedOn }
        ... on Campaign { id startsOn }
      } }`,
    [
      { __typename: 'CoordinationProgram', id: STORIES.programs.binhThuanExpressway },
      { __typename: 'CoordinationProgram', id: UNKNOWN_UUID },
    ],
  );
  expect(program.frontActivities).toEqual([
    { __typename: 'Supervision', id: S.resettlementHamThuanNam, startedOn: '2023-09-12' },
    { __typename: 'Supervision', id: S.expresswayHamThuanNam, startedOn: '2023-04-10' },
    { __typename: 'Supervision', id: S.expresswayBacBinh, startedOn: '2023-02-13' },
    { __typename: 'Campaign', id: FRONT_STORIES.campaigns.expresswaySiteHandover, startsOn: '2022-01-10' },
  ]);
  expect(unknown).toEqual({ id: UNKNOWN_UUID, frontActivities: [] });
});
