import { demoId, STORIES } from '../../seed/demo';
import { RESTRICTED_CHU_PRONG_DOCUMENT } from '../../seed/party/documents';
import { STORY_REPORT_IDS } from '../../seed/party/reports';
import { Services } from '../support/services';
import { statisticsRepresentation, SEEDING_TIMEOUT_MS } from './support';

/**
 * One `_entities` query for every `@key` type the party subgraph resolves, the way
 * the gateway calls it: a known key gives the record, an unknown one null.
 */
let services: Services;

beforeAll(async () => {
  // The Central Commission: it sees every party record, RESTRICTED ones included (test/party/restricted.test.ts covers the others).
  services = await Services.start(['party'], { viewer: { org: { type: 'MassMobilizationCommission', id: 'MMC-VN' } } });
}, SEEDING_TIMEOUT_MS);

afterAll(async () => {
  await services?.stop();
});

async function entities(representations: Record<string, unknown>[], selection: string) {
  const { data, errors } = await services.querySubgraph(
    'party',
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ${selection} } }`,
    { representations },
  );
  expect(errors).toBeUndefined();
  return data!._entities as (Record<string, any> | null)[];
}

const UNKNOWN_ID = '00000000-0000-5000-8000-000000000000';

it('AdministrativeUnit: a GSO code gets the party fields of the unit as viewed, an unknown code null', async () => {
  const [province, commune, today, unknown] = await entities(
    [
      // The gateway passes the day each unit is viewed at (its second key, `code asOf`).
      { __typename: 'AdministrativeUnit', code: '60', asOf: '2024-10-20' },
      { __typename: 'AdministrativeUnit', code: '23035', asOf: '2024-10-20' },
      // A hand-made key without a day is viewed today: code 68 is the Lâm Đồng formed on 2025-07-01.
      { __typename: 'AdministrativeUnit', code: '68' },
      { __typename: 'AdministrativeUnit', code: '99999' },
    ],
    `... on AdministrativeUnit { code asOf partyCommittee { id name } massMobilizationCommission { id name } mobilizationModels { id } }`,
  );
  expect(province).toMatchObject({
    __typename: 'AdministrativeUnit',
    code: '60',
    asOf: '2024-10-20',
    partyCommittee: { id: 'PC-60', name: 'Tỉnh ủy Bình Thuận' },
    // A commission's name is the one it had last: Bình Thuận's merged with its Propaganda Commission in 2025.
    massMobilizationCommission: { id: 'MMC-60', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Bình Thuận' },
  });
  expect(commune).toMatchObject({ partyCommittee: { id: 'PC-23035', name: 'Đảng ủy xã Phan Hòa' }, massMobilizationCommission: null });
  expect(today).toMatchObject({
    code: '68',
    partyCommittee: { id: 'PC-68-2025', name: 'Tỉnh ủy Lâm Đồng' },
    massMobilizationCommission: { id: 'MMC-68-2025', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng' },
  });
  expect(unknown).toBeNull();
});

it('Case: its directives, most recent first; a case no document names has none', async () => {
  const [expressway, water, restricted, none] = await entities(
    [
      { __typename: 'Case', id: STORIES.cases.expresswayHamThuanNam },
      { __typename: 'Case', id: STORIES.cases.waterPhanHoa },
      { __typename: 'Case', id: STORIES.cases.restrictedChuProng },
      { __typename: 'Case', id: UNKNOWN_ID },
    ],
    `... on Case { id directives { id number kind issuer { id } } }`,
  );
  expect(expressway!.directives).toEqual([
    { id: STORIES.documents.binhThuanExpresswayConclusion, number: '512-KL/TU', kind: 'CONCLUSION', issuer: { id: 'PC-60' } },
  ]);
  expect(water!.directives).toEqual([
    { id: STORIES.documents.bacBinhWaterDirective, number: '18-CT/HU', kind: 'DIRECTIVE', issuer: { id: 'PC-596' } },
  ]);
  expect(restricted!.directives.map((d: { id: string }) => d.id)).toEqual([RESTRICTED_CHU_PRONG_DOCUMENT]);
  // Case is the state subgraph's: the party subgraph answers for any key with what it knows.
  expect(none).toEqual({ __typename: 'Case', id: UNKNOWN_ID, directives: [] });
});

it('PartyCommittee', async () => {
  const [central, district, unknown] = await entities(
    [
      { __typename: 'PartyCommittee', id: 'PC-VN' },
      { __typename: 'PartyCommittee', id: 'PC-596' },
      { __typename: 'PartyCommittee', id: 'PC-99999' },
    ],
    `... on PartyCommittee { id name level unit { code } head { name title } parent { id } commission { id } }`,
  );
  expect(central).toEqual({
    __typename: 'PartyCommittee',
    id: 'PC-VN',
    name: 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam',
    level: 'CENTRAL',
    unit: { code: 'VN' },
    head: { name: 'Tô Lâm', title: 'Tổng Bí thư' },
    parent: null,
    commission: { id: 'MMC-VN' },
  });
  expect(district).toMatchObject({
    name: 'Huyện ủy Bắc Bình',
    level: 'DISTRICT',
    unit: { code: '596' },
    head: { title: 'Bí thư' },
    parent: { id: 'PC-60' },
    commission: { id: 'MMC-596' },
  });
  expect(unknown).toBeNull();
});

it('MassMobilizationCommission', async () => {
  const [central, unknown] = await entities(
    [
      { __typename: 'MassMobilizationCommission', id: 'MMC-VN' },
      { __typename: 'MassMobilizationCommission', id: 'MMC-23035' },
    ],
    `... on MassMobilizationCommission { id name names { name from to } level unit { code } head { name title } partyCommittee { id } coordinationProgramsLed { id } }`,
  );
  expect(central).toEqual({
    __typename: 'MassMobilizationCommission',
    id: 'MMC-VN',
    // Merged with the Central Propaganda Commission on 2025-02-03.
    name: 'Ban Tuyên giáo và Dân vận Trung ương',
    names: [
      { name: 'Ban Dân vận Trung ương', from: null, to: '2025-02-02' },
      { name: 'Ban Tuyên giáo và Dân vận Trung ương', from: '2025-02-03', to: null },
    ],
    level: 'CENTRAL',
    unit: { code: 'VN' },
    head: { name: 'Mai Văn Chính', title: 'Trưởng ban' },
    partyCommittee: { id: 'PC-VN' },
    coordinationProgramsLed: [{ id: STORIES.programs.centralArmedForces }],
  });
  // Communes have no commission.
  expect(unknown).toBeNull();
});

it('PartyDocument', async () => {
  const [regulation, unknown] = await entities(
    [
      { __typename: 'PartyDocument', id: STORIES.documents.regulation23 },
      { __typename: 'PartyDocument', id: UNKNOWN_ID },
    ],
    `... on PartyDocument { id number kind title issuedOn issuer { id } classification caseIds }`,
  );
  expect(regulation).toEqual({
    __typename: 'PartyDocument',
    id: STORIES.documents.regulation23,
    number: '23-QĐ/TW',
    kind: 'DECISION',
    title: 'Quyết định ban hành Quy chế công tác dân vận của hệ thống chính trị',
    issuedOn: '2021-07-30',
    issuer: { id: 'PC-VN' },
    classification: 'PUBLIC',
    caseIds: [],
  });
  expect(unknown).toBeNull();
});

it('CoordinationProgram', async () => {
  const [program, unknown] = await entities(
    [
      { __typename: 'CoordinationProgram', id: STORIES.programs.binhThuanExpressway },
      { __typename: 'CoordinationProgram', id: UNKNOWN_ID },
    ],
    `... on CoordinationProgram { id startsOn endsOn leadCommission { id } basedOn { number } reviews { year } participants { organization { __typename ... on MassMobilizationCommission { id } ... on StateAgency { id } ... on FrontOrganization { id } ... on ArmedUnit { id } } } }`,
  );
  expect(program).toMatchObject({
    startsOn: '2022-01-15',
    endsOn: '2025-12-31',
    leadCommission: { id: 'MMC-60' },
    basedOn: { number: '512-KL/TU' },
    reviews: [{ year: 2024 }, { year: 2023 }],
  });
  expect(
    program!.participants.map(
      (p: { organization: { __typename: string; id: string } }) => `${p.organization.__typename}:${p.organization.id}`,
    ),
  ).toEqual([
    'MassMobilizationCommission:MMC-60',
    'StateAgency:PCOM-60',
    'FrontOrganization:VFF-60',
    'ArmedUnit:MC-60',
    'ArmedUnit:POL-60',
    'StateAgency:PCOM-598',
    'StateAgency:PCOM-596',
  ]);
  expect(unknown).toBeNull();
});

it('Report', async () => {
  const [correction, urgent, unknown] = await entities(
    [
      { __typename: 'Report', id: STORY_REPORT_IDS.wu60Correction },
      { __typename: 'Report', id: STORY_REPORT_IDS.pol60Urgent },
      { __typename: 'Report', id: UNKNOWN_ID },
    ],
    `... on Report { id kind period { label } submitter { __typename ... on FrontOrganization { id } ... on ArmedUnit { id } } recipient { id } copyTo { id } submittedAt corrects { id submittedAt correctedBy { id } } correctedBy { id } }`,
  );
  expect(correction).toEqual({
    __typename: 'Report',
    id: STORY_REPORT_IDS.wu60Correction,
    kind: 'PERIODIC',
    period: { label: '2024-Q3' },
    submitter: { __typename: 'FrontOrganization', id: 'WU-60' },
    recipient: { id: 'PC-60' },
    copyTo: { id: 'MMC-60' },
    submittedAt: '2024-10-15T10:00:00+07:00',
    corrects: {
      id: STORY_REPORT_IDS.wu60Original,
      submittedAt: '2024-10-08T09:15:00+07:00',
      correctedBy: { id: STORY_REPORT_IDS.wu60Correction },
    },
    correctedBy: null,
  });
  expect(urgent).toMatchObject({
    kind: 'URGENT',
    period: null,
    submitter: { __typename: 'ArmedUnit', id: 'POL-60' },
    recipient: { id: 'PC-60' },
  });
  expect(unknown).toBeNull();
});

it('MobilizationModel', async () => {
  const id = demoId('model/60/0');
  const [model, unknown] = await entities(
    [
      { __typename: 'MobilizationModel', id },
      { __typename: 'MobilizationModel', id: UNKNOWN_ID },
    ],
    `... on MobilizationModel { id name kind field year unit { code } owner { __typename ... on FrontOrganization { id } } }`,
  );
  expect(model).toMatchObject({ id, kind: 'COLLECTIVE', field: 'ECONOMIC', owner: { __typename: 'FrontOrganization' } });
  expect(model!.owner.id).toBe(`FU-${model!.unit.code}`);
  expect(model!.year).toBeGreaterThanOrEqual(2019);
  expect(unknown).toBeNull();
});

it('UnitStatistics: a key of the official unit list gets the party figures, an unknown unit null', async () => {
  const [commune, unknown] = await entities(
    [
      statisticsRepresentation('23035', '2024-07-01', '2024-09-30'),
      { ...statisticsRepresentation('23035', '2024-07-01', '2024-09-30'), unitCode: '99999' },
    ],
    `... on UnitStatistics { unitCode from to modelsByYear { year } reportingByFamily(asOf: "2024-10-20") { family obligations } }`,
  );
  // Figures in test/party/statistics.test.ts.
  expect(commune).toMatchObject({
    __typename: 'UnitStatistics',
    unitCode: '23035',
    from: '2024-07-01',
    to: '2024-09-30',
    reportingByFamily: [
      { family: 'STATE', obligations: 1 },
      { family: 'FRONT', obligations: 5 },
      { family: 'ARMED_FORCES', obligations: 2 },
    ],
  });
  expect(unknown).toBeNull();
});
