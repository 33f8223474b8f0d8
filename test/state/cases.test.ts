import { GraphQLResponse } from '../support/services';
import { LAST_THREE_LEVEL_DAY, TWO_LEVEL_FIRST_DAY } from '../../lib';
import { STORIES } from '../../seed/demo';
import { expectBadInput, SEEDING_TIMEOUT_MS, StateHarness, startState } from './support';

const { cases } = STORIES;

describe('state subgraph: cases', () => {
  let state: StateHarness;
  beforeAll(async () => {
    // The Government is above every agency: it sees every case, RESTRICTED ones included.
    state = await startState({ viewer: { org: { type: 'StateAgency', id: 'GOV-VN' } } });
  }, SEEDING_TIMEOUT_MS);
  afterAll(() => state.services.stop());

  // The agency responsible as seeded: on the three-level era's last day. A case still
  // open then has been carried on since (one version more, see below).
  const CASE_FIELDS = `
    id reference title description category status classification
    unit { code } responsibleAgency(asOf: "${LAST_THREE_LEVEL_DAY}") { id name }
    householdsAffected openedOn resolvedOn version
    dialogues { heldOn hostAgency { id } }`;

  it('finds a case by reference with its seeded fields', async () => {
    const { data, errors } = await state.query(
      `#graphql
      query ($reference: String!) { caseByReference(reference: $reference) { ${CASE_FIELDS} } }`,
      { reference: '60-2022-014' },
    );
    expect(errors).toBeUndefined();
    expect(data!.caseByReference).toMatchObject({
      id: cases.expresswayHamThuanNam,
      reference: '60-2022-014',
      category: 'LAND_ACQUISITION_RESETTLEMENT',
      status: 'IN_PROGRESS',
      classification: 'PUBLIC',
      unit: { code: '598' },
      responsibleAgency: { id: 'PCOM-598', name: 'Ủy ban nhân dân huyện Hàm Thuận Nam' },
      householdsAffected: 1246,
      openedOn: '2022-03-15',
      resolvedOn: null,
      // Carried on to Lâm Đồng's People's Committee on 2025-07-01.
      version: 2,
      // Most recent first.
      dialogues: [
        { heldOn: '2023-04-20', hostAgency: { id: 'PCOM-598' } },
        { heldOn: '2022-07-14', hostAgency: { id: 'PCOM-598' } },
      ],
    });
    expect(data!.caseByReference.title).toContain('cao tốc Bắc - Nam');
    expect(data!.caseByReference.description).toContain('Phan Thiết - Dầu Giây');
    const none = await state.query(`#graphql
      { caseByReference(reference: "60-1999-999") { id } }`);
    expect(none.errors).toBeUndefined();
    expect(none.data!.caseByReference).toBeNull();
  });

  it('returns the story cases by id as seeded', async () => {
    const expected = [
      [
        cases.expresswayBacBinh,
        {
          reference: '60-2022-009',
          status: 'RESOLVED',
          unit: { code: '596' },
          responsibleAgency: { id: 'PCOM-596' },
          householdsAffected: 873,
          openedOn: '2022-02-21',
          resolvedOn: '2023-06-30',
        },
      ],
      [
        cases.waterPhanHoa,
        {
          reference: '60-2024-031',
          category: 'WATER_SUPPLY',
          status: 'IN_PROGRESS',
          unit: { code: '23035' },
          responsibleAgency: { id: 'PCOM-596' },
          householdsAffected: 1520,
          openedOn: '2024-04-10',
          resolvedOn: null,
        },
      ],
      [
        cases.leDuanRoad,
        {
          reference: '60-2023-007',
          category: 'LAND_ACQUISITION_RESETTLEMENT',
          status: 'IN_PROGRESS',
          unit: { code: '593' },
          responsibleAgency: { id: 'PCOM-593' },
          householdsAffected: 212,
          openedOn: '2023-03-02',
        },
      ],
      [
        cases.pollutionTuyPhong,
        {
          reference: '60-2024-018',
          category: 'ENVIRONMENTAL_POLLUTION',
          status: 'RECEIVED',
          unit: { code: '595' },
          responsibleAgency: { id: 'DONRE-60' },
          householdsAffected: 340,
          openedOn: '2024-08-05',
        },
      ],
      [
        cases.restrictedChuProng,
        {
          reference: '64-2024-005',
          category: 'ETHNIC_RELIGIOUS_AFFAIRS',
          status: 'IN_PROGRESS',
          classification: 'RESTRICTED',
          unit: { code: '632' },
          responsibleAgency: { id: 'PCOM-632' },
          householdsAffected: null,
          openedOn: '2024-05-20',
        },
      ],
      [
        cases.landCamGiang,
        {
          reference: '30-2024-011',
          category: 'LAND_ACQUISITION_RESETTLEMENT',
          status: 'CLOSED',
          unit: { code: '295' },
          responsibleAgency: { id: 'PCOM-295' },
          householdsAffected: 96,
          openedOn: '2024-01-18',
          resolvedOn: '2024-11-15',
        },
      ],
    ] as const;
    for (const [id, fields] of expected) {
      const { data, errors } = await state.query(
        `#graphql
        query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`,
        { id },
      );
      expect(errors).toBeUndefined();
      expect(data!.case).toMatchObject({ id, ...fields });
    }
    const water = await state.query(
      `#graphql
      query ($id: ID!) { case(id: $id) { dialogues { heldOn unit { code } } } }`,
      { id: cases.waterPhanHoa },
    );
    expect(water.data!.case.dialogues).toEqual([
      { heldOn: '2024-05-16', unit: { code: '60' } },
      { heldOn: '2024-05-03', unit: { code: '596' } },
      { heldOn: '2024-04-25', unit: { code: '23035' } },
    ]);
    for (const id of ['nope', '00000000-0000-5000-8000-000000000000']) {
      const none = await state.query(
        `#graphql
        query ($id: ID!) { case(id: $id) { id } }`,
        { id },
      );
      expect(none.errors).toBeUndefined();
      expect(none.data!.case).toBeNull();
    }
  });

  it('carries every case still open on 2025-06-30 on to the authority of the unit that carried its unit on, keeping its history', async () => {
    const CARRIED = `#graphql
      query ($id: ID!) {
        case(id: $id) {
          version unit { code }
          responsibleAgency { id validTo }
          before: responsibleAgency(asOf: "${LAST_THREE_LEVEL_DAY}") { id }
          transfers { from { id } to { id } on reason }
        }
      }`;
    const carried = [
      // A district's case goes to the new province, a commune's to the new commune.
      [cases.expresswayHamThuanNam, 'PCOM-598', 'PCOM-68-2025'],
      [cases.waterPhanHoa, 'PCOM-596', 'PCOM-23005-2025'],
      [cases.leDuanRoad, 'PCOM-593', 'PCOM-68-2025'],
      [cases.pollutionTuyPhong, 'DONRE-60', 'PCOM-68-2025'],
      [cases.restrictedChuProng, 'PCOM-632', 'PCOM-52-2025'],
    ] as const;
    for (const [id, from, to] of carried) {
      const { data, errors } = await state.query(CARRIED, { id });
      expect(errors).toBeUndefined();
      expect(data!.case).toEqual({
        version: 2,
        unit: expect.any(Object),
        responsibleAgency: { id: to, validTo: null },
        before: { id: from },
        transfers: [{ from: { id: from }, to: { id: to }, on: TWO_LEVEL_FIRST_DAY, reason: expect.stringContaining(LAST_THREE_LEVEL_DAY) }],
      });
    }
    // A case finished before the change stays with the agency that finished it.
    for (const [id, agency] of [
      [cases.expresswayBacBinh, 'PCOM-596'],
      [cases.landCamGiang, 'PCOM-295'],
    ]) {
      const { data } = await state.query(CARRIED, { id });
      expect(data!.case).toMatchObject({ version: 1, responsibleAgency: { id: agency, validTo: LAST_THREE_LEVEL_DAY }, transfers: [] });
    }
    // Every open case of the demo has been carried on once, to an agency in force.
    const open = await state.query(`#graphql
      { cases(filter: { statuses: [RECEIVED, IN_PROGRESS] }, first: 200) { nodes { responsibleAgency { validTo } transfers { on } } } }`);
    expect(open.data!.cases.nodes.length).toBeGreaterThan(0);
    for (const c of open.data!.cases.nodes)
      expect(c).toEqual({ responsibleAgency: { validTo: null }, transfers: [{ on: TWO_LEVEL_FIRST_DAY }] });
  });

  const UNIT_CASES = `#graphql
    query ($code: ID!, $includeDescendants: Boolean, $open: Boolean, $category: CaseCategory) {
      administrativeUnit(code: $code) {
        cases(includeDescendants: $includeDescendants, open: $open, category: $category) { id reference status category openedOn }
      }
    }`;

  it("lists a province's open cases, from every unit below it, newest first", async () => {
    const { data, errors } = await state.query(UNIT_CASES, { code: '60', includeDescendants: true, open: true });
    expect(errors).toBeUndefined();
    const list = data!.administrativeUnit.cases;
    const ids = list.map((c: any) => c.id);
    expect(ids).toContain(cases.expresswayHamThuanNam);
    expect(ids).toContain(cases.waterPhanHoa);
    expect(ids).not.toContain(cases.expresswayBacBinh);
    expect(list.every((c: any) => c.status === 'RECEIVED' || c.status === 'IN_PROGRESS')).toBe(true);
    const dates = list.map((c: any) => c.openedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    // Open cases of Bình Thuận by category: the figures a unit overview shows.
    const byCategory: Record<string, number> = {};
    for (const c of list) byCategory[c.category] = (byCategory[c.category] ?? 0) + 1;
    expect(byCategory).toEqual({ LAND_ACQUISITION_RESETTLEMENT: 2, WATER_SUPPLY: 2, ENVIRONMENTAL_POLLUTION: 2, LABOUR: 1 });
  });

  it('lists only the unit itself without includeDescendants, and filters by open and category', async () => {
    const own = await state.query(UNIT_CASES, { code: '60' });
    expect(own.data!.administrativeUnit.cases).toEqual([]);
    const district = await state.query(UNIT_CASES, { code: '596' });
    expect(district.data!.administrativeUnit.cases.map((c: any) => c.reference)).toEqual(['60-2022-009']);
    const finished = await state.query(UNIT_CASES, { code: '596', includeDescendants: true, open: false });
    expect(finished.data!.administrativeUnit.cases.map((c: any) => c.reference)).toEqual(['60-2022-009']);
    const water = await state.query(UNIT_CASES, { code: '596', includeDescendants: true, category: 'WATER_SUPPLY' });
    expect(water.data!.administrativeUnit.cases.map((c: any) => c.reference)).toEqual(['60-2024-031']);
    const commune = await state.query(UNIT_CASES, { code: '23035', includeDescendants: true });
    expect(commune.data!.administrativeUnit.cases.map((c: any) => c.reference)).toEqual(['60-2024-031']);
  });

  it("lists an agency's cases, open or finished", async () => {
    const query = `#graphql
      query ($id: ID!, $open: Boolean) { stateAgency(id: $id) { casesResponsible(open: $open) { reference } } }`;
    const references = async (id: string, open?: boolean) =>
      (await state.query(query, { id, open })).data!.stateAgency.casesResponsible.map((c: any) => c.reference);
    // Bắc Bình district kept the case it had finished; its open one (Phan Hòa's water) passed to Xã Bắc Bình.
    expect(await references('PCOM-596')).toEqual(['60-2022-009']);
    expect(await references('PCOM-596', true)).toEqual([]);
    expect(await references('PCOM-596', false)).toEqual(['60-2022-009']);
    expect(await references('PCOM-23005-2025')).toEqual(['60-2024-031']);
    expect(await references('PCOM-23005-2025', true)).toEqual(['60-2024-031']);
    // The department's case and the open cases of Bình Thuận's districts passed to Lâm Đồng, newest first.
    expect(await references('DONRE-60')).toEqual([]);
    expect(await references('PCOM-68-2025', true)).toEqual(['60-2024-018', '60-2023-007', '60-2022-014']);
  });

  const CASES = `#graphql
    query ($filter: CaseFilter, $first: Int, $after: String) {
      cases(filter: $filter, first: $first, after: $after) {
        nodes { id reference openedOn status category }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }`;

  it('lists all seeded cases, newest first', async () => {
    const { data, errors } = await state.query(CASES, { first: 200 });
    expect(errors).toBeUndefined();
    // 7 story cases and 16 more.
    expect(data!.cases.totalCount).toBe(23);
    const dates = data!.cases.nodes.map((c: any) => c.openedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters cases by unit, category, statuses, agency and opening dates', async () => {
    const count = async (filter: object) => (await state.query(CASES, { filter })).data!.cases.totalCount;
    expect(await count({ unitCode: '60', includeDescendants: true })).toBe(11);
    expect(await count({ unitCode: '598' })).toBe(1);
    expect(await count({ unitCode: '30', includeDescendants: true })).toBe(6);
    expect(await count({ unitCode: '64', includeDescendants: true, category: 'ETHNIC_RELIGIOUS_AFFAIRS' })).toBe(2);
    expect(await count({ unitCode: '60', includeDescendants: true, statuses: ['RECEIVED', 'IN_PROGRESS'] })).toBe(7);
    expect(await count({ statuses: [] })).toBe(0);
    expect(await count({ responsibleAgencyId: 'PCOM-596' })).toBe(1);
    expect(await count({ responsibleAgencyId: 'PCOM-23005-2025' })).toBe(1);
    // Lâm Đồng and everything below it over time: its own units and those it was formed from
    // (Bình Thuận, Đắk Nông, the old Lâm Đồng); the demo's cases of that area are all Bình Thuận's.
    expect(await count({ unitCode: '68', includeDescendants: true })).toBe(11);
    // The new Gia Lai: the old Gia Lai's and Bình Định's.
    expect(await count({ unitCode: '52', includeDescendants: true })).toBe(await count({ unitCode: '64', includeDescendants: true }));
    expect(await count({ openedFrom: '2022-01-01', openedTo: '2022-12-31' })).toBe(2);
    const landIn2024 = await state.query(CASES, {
      filter: { category: 'LAND_ACQUISITION_RESETTLEMENT', openedFrom: '2024-01-01', openedTo: '2024-12-31' },
    });
    for (const c of landIn2024.data!.cases.nodes) {
      expect(c.category).toBe('LAND_ACQUISITION_RESETTLEMENT');
      expect(c.openedOn.startsWith('2024')).toBe(true);
    }
    expect(landIn2024.data!.cases.nodes.map((c: any) => c.reference)).toContain('30-2024-011');
  });

  it('pages through cases with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const { data, errors }: GraphQLResponse = await state.query(CASES, { first: 5, after });
      expect(errors).toBeUndefined();
      expect(data!.cases.totalCount).toBe(23);
      seen.push(...data!.cases.nodes.map((c: any) => c.id));
      if (!data!.cases.pageInfo.hasNextPage) break;
      after = data!.cases.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    const whole = await state.query(CASES, { first: 23 });
    expect(whole.data!.cases.nodes.map((c: any) => c.id)).toEqual(seen);
  });

  it('refuses bad input, naming the field', async () => {
    expectBadInput(await state.query(CASES, { first: 0 }), 'first');
    expectBadInput(await state.query(CASES, { first: 500 }), 'first');
    expectBadInput(await state.query(CASES, { after: 'garbage' }), 'after');
    // Right shape, wrong values: refused before they reach a date or uuid column.
    expectBadInput(await state.query(CASES, { after: Buffer.from('["x","y"]').toString('base64url') }), 'after');
    expectBadInput(await state.query(CASES, { filter: { unitCode: '99' } }), 'filter.unitCode');
    expectBadInput(await state.query(CASES, { filter: { openedFrom: '2024-06-01', openedTo: '2024-01-01' } }), 'filter.openedTo');
    expectBadInput(await state.query(CASES, { filter: { responsibleAgencyId: 'PCOM-01' } }), 'filter.responsibleAgencyId');
    const badDate = await state.query(CASES, { filter: { openedFrom: '2024-02-30' } });
    expect(badDate.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
