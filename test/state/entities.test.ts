import { demoId, STORIES } from '../../seed/demo';
import { postGraphQL } from '../support/services';
import { SEEDING_TIMEOUT_MS, StateHarness, startState } from './support';

/** One `_entities` test for every `@key` the state subgraph resolves, unknown keys included. */
describe('state subgraph: _entities', () => {
  let state: StateHarness;
  beforeAll(async () => {
    state = await startState();
  }, SEEDING_TIMEOUT_MS);
  afterAll(() => state.services.stop());

  const ENTITIES = /* GraphQL */ `
    #graphql
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        __typename
        ... on AdministrativeUnit {
          code
          name
          level
          parent {
            code
          }
        }
        ... on StateAgency {
          id
          name
          kind
          level
          unit {
            code
          }
        }
        ... on Case {
          id
          reference
          status
          unit {
            code
          }
        }
        ... on Dialogue {
          id
          title
          heldOn
          level
          unit {
            code
          }
        }
      }
    }
  `;

  it('resolves AdministrativeUnit by code, null for a code outside the demo or unknown', async () => {
    const { data, errors } = await state.query(ENTITIES, {
      representations: [
        { __typename: 'AdministrativeUnit', code: '596' },
        { __typename: 'AdministrativeUnit', code: '01' },
        { __typename: 'AdministrativeUnit', code: 'nowhere' },
        { __typename: 'AdministrativeUnit', code: 'VN' },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { __typename: 'AdministrativeUnit', code: '596', name: 'Huyện Bắc Bình', level: 'DISTRICT', parent: { code: '60' } },
      null,
      null,
      { __typename: 'AdministrativeUnit', code: 'VN', name: 'Nước Cộng hòa xã hội chủ nghĩa Việt Nam', level: 'CENTRAL', parent: null },
    ]);
  });

  it('resolves AdministrativeUnit by code and asOf: the version of the code in force that day', async () => {
    const { data, errors } = await state.query(ENTITIES, {
      representations: [
        { __typename: 'AdministrativeUnit', code: '23005', asOf: '2024-12-31' },
        { __typename: 'AdministrativeUnit', code: '23005', asOf: '2026-03-15' },
        // Without asOf: today.
        { __typename: 'AdministrativeUnit', code: '23005' },
      ],
    });
    expect(errors).toBeUndefined();
    const xaBacBinh = { __typename: 'AdministrativeUnit', code: '23005', name: 'Xã Bắc Bình', level: 'COMMUNE', parent: { code: '68' } };
    expect(data!._entities).toEqual([
      { __typename: 'AdministrativeUnit', code: '23005', name: 'Thị trấn Chợ Lầu', level: 'COMMUNE', parent: { code: '596' } },
      xaBacBinh,
      xaBacBinh,
    ]);
  });

  it('resolves StateAgency by id, null for an unknown id', async () => {
    const { data, errors } = await state.query(ENTITIES, {
      representations: [
        { __typename: 'StateAgency', id: 'PCOM-60' },
        { __typename: 'StateAgency', id: 'PCOM-01' },
        { __typename: 'StateAgency', id: 'DONRE-60' },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      {
        __typename: 'StateAgency',
        id: 'PCOM-60',
        name: 'Ủy ban nhân dân tỉnh Bình Thuận',
        kind: 'PEOPLES_COMMITTEE',
        level: 'PROVINCIAL',
        unit: { code: '60' },
      },
      null,
      {
        __typename: 'StateAgency',
        id: 'DONRE-60',
        name: 'Sở Tài nguyên và Môi trường tỉnh Bình Thuận',
        kind: 'DEPARTMENT',
        level: 'PROVINCIAL',
        unit: { code: '60' },
      },
    ]);
  });

  it('resolves Case by id, null for an unknown or malformed id', async () => {
    const { data, errors } = await state.query(ENTITIES, {
      representations: [
        { __typename: 'Case', id: STORIES.cases.expresswayHamThuanNam },
        { __typename: 'Case', id: demoId('case/never-seeded') },
        { __typename: 'Case', id: 'not-a-uuid' },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      {
        __typename: 'Case',
        id: STORIES.cases.expresswayHamThuanNam,
        reference: '60-2022-014',
        status: 'IN_PROGRESS',
        unit: { code: '598' },
      },
      null,
      null,
    ]);
  });

  it('resolves Dialogue by id, null for an unknown or malformed id', async () => {
    const listed = await state.query(
      `#graphql
      query ($caseId: ID!) { dialogues(filter: { unitCode: "23035", caseId: $caseId }) { nodes { id } } }`,
      { caseId: STORIES.cases.waterPhanHoa },
    );
    const id = listed.data!.dialogues.nodes[0].id;
    const { data, errors } = await state.query(ENTITIES, {
      representations: [
        { __typename: 'Dialogue', id },
        { __typename: 'Dialogue', id: demoId('dialogue/never-seeded') },
        { __typename: 'Dialogue', id: '42' },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      {
        __typename: 'Dialogue',
        id,
        title: 'Đối thoại giữa lãnh đạo xã với Nhân dân về tình trạng thiếu nước sinh hoạt',
        heldOn: '2024-04-25',
        level: 'COMMUNE',
        unit: { code: '23035' },
      },
      null,
      null,
    ]);
  });

  it("resolves PartyDocument's cases from the ids the party hands over: visible ones, most recently opened first", async () => {
    const { data, errors } = await state.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on PartyDocument { id cases { id reference } } } }`,
      {
        representations: [
          {
            __typename: 'PartyDocument',
            id: 'doc-1',
            caseIds: [
              STORIES.cases.expresswayBacBinh,
              STORIES.cases.restrictedChuProng,
              demoId('case/never-seeded'),
              'not-a-uuid',
              STORIES.cases.waterPhanHoa,
            ],
          },
          { __typename: 'PartyDocument', id: 'doc-2', caseIds: [] },
        ],
      },
    );
    expect(errors).toBeUndefined();
    // MMC-68-2025 (the harness's viewer; Lâm Đồng's, over Bình Thuận's records) may not see
    // Gia Lai's RESTRICTED case: it is left out, not an error and not a null.
    expect(data!._entities).toEqual([
      {
        id: 'doc-1',
        cases: [
          { id: STORIES.cases.waterPhanHoa, reference: '60-2024-031' },
          { id: STORIES.cases.expresswayBacBinh, reference: expect.any(String) },
        ],
      },
      { id: 'doc-2', cases: [] },
    ]);
    const bad = await state.query(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on PartyDocument { cases { id } } } }`, {
      r: [{ __typename: 'PartyDocument', id: 'doc-3', caseIds: 'all' }],
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves a mixed batch of representations in order', async () => {
    const { data, errors } = await state.query(ENTITIES, {
      representations: [
        { __typename: 'Case', id: STORIES.cases.waterPhanHoa },
        { __typename: 'AdministrativeUnit', code: '23035' },
        { __typename: 'StateAgency', id: 'GOV-VN' },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e: any) => e.reference ?? e.code ?? e.id)).toEqual(['60-2024-031', '23035', 'GOV-VN']);
  });

  it('refuses a request without a token', async () => {
    const response = await postGraphQL(state.services.subgraphs.state!.server.url, '{ administrativeUnit(code: "60") { code } }', {}, null);
    expect(response.status).toBe(401);
    expect(response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(response.data ?? null).toBeNull();
  });
});
