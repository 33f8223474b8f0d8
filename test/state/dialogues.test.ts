import { GraphQLResponse } from '../support/services';
import { DEMO_PROVINCES, officialName, STORIES } from '../../seed/demo';
import { expectBadInput, SEEDING_TIMEOUT_MS, StateHarness, startState } from './support';

describe('state subgraph: dialogues', () => {
  let state: StateHarness;
  beforeAll(async () => {
    state = await startState();
  }, SEEDING_TIMEOUT_MS);
  afterAll(() => state.services.stop());

  const DIALOGUES = `#graphql
    query ($filter: DialogueFilter, $first: Int, $after: String) {
      dialogues(filter: $filter, first: $first, after: $after) {
        nodes {
          id title heldOn level unit { code } hostAgency { id } chairedBy { name title }
          participants issuesRaised issuesResolved summary classification case { reference }
        }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }`;

  const count = async (filter: object) => {
    const { data, errors } = await state.query(DIALOGUES, { filter, first: 1 });
    expect(errors).toBeUndefined();
    return data!.dialogues.totalCount as number;
  };

  it("holds Bình Thuận's provincial dialogue on the Phan Hòa water shortage as seeded", async () => {
    const { data } = await state.query(DIALOGUES, { filter: { unitCode: '60', from: '2024-05-16', to: '2024-05-16' } });
    expect(data!.dialogues.nodes).toEqual([
      {
        id: expect.any(String),
        title: 'Đối thoại giữa lãnh đạo tỉnh với Nhân dân xã Phan Hòa về tình trạng thiếu nước sinh hoạt',
        heldOn: '2024-05-16',
        level: 'PROVINCIAL',
        unit: { code: '60' },
        hostAgency: { id: 'PCOM-60' },
        chairedBy: { name: officialName('PCOM-60'), title: 'Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận' },
        participants: 180,
        issuesRaised: 14,
        issuesResolved: 9,
        summary: expect.stringContaining('Phan Hòa'),
        classification: 'PUBLIC',
        case: { reference: '60-2024-031' },
      },
    ]);
    const one = await state.query(
      `#graphql
      query ($id: ID!) { dialogue(id: $id) { heldOn case { id } } }`,
      { id: data!.dialogues.nodes[0].id },
    );
    expect(one.data!.dialogue).toEqual({ heldOn: '2024-05-16', case: { id: STORIES.cases.waterPhanHoa } });
    const workers = await state.query(DIALOGUES, { filter: { unitCode: '60', from: '2023-09-21', to: '2023-09-21' } });
    expect(workers.data!.dialogues.nodes).toEqual([
      expect.objectContaining({ hostAgency: { id: 'PCOM-60' }, case: null, level: 'PROVINCIAL' }),
    ]);
  });

  it('counts dialogues by level, most of them at commune level as in the sources', async () => {
    // The provinces of the sources (Bình Thuận, Hải Dương, Gia Lai) until the end of 2024: the
    // demo's figures before it had a 2025 (5, 69, 177), less the one dialogue held in 2025
    // (2025-02-20, in Bình Thuận's commune 23248, about case 60-2025-105).
    const sources = async (level: string) => {
      let total = 0;
      for (const unitCode of DEMO_PROVINCES) total += await count({ unitCode, includeDescendants: true, level, to: '2024-12-31' });
      return total;
    };
    expect(await sources('PROVINCIAL')).toBe(5);
    expect(await sources('DISTRICT')).toBe(69);
    expect(await sources('COMMUNE')).toBe(176);
    expect(await count({ unitCode: '60', includeDescendants: true, level: 'PROVINCIAL', to: '2024-12-31' })).toBe(3);
    expect(await count({ unitCode: '60', includeDescendants: true, level: 'DISTRICT', to: '2024-12-31' })).toBe(21);
    expect(await count({ unitCode: '60', includeDescendants: true, level: 'COMMUNE', to: '2024-12-31' })).toBe(46);
    expect(await count({ unitCode: '60' })).toBe(3);
    // All of them, both eras and all seven old provinces, as the database holds them: most at commune level.
    const rows: { level: string; n: number }[] = await state.services.subgraphs.state!.db.query(
      `SELECT level, count(*)::int AS n FROM dialogue GROUP BY level`,
    );
    const seeded = Object.fromEntries(rows.map((r) => [r.level, r.n]));
    for (const level of ['PROVINCIAL', 'DISTRICT', 'COMMUNE']) expect(await count({ level })).toBe(seeded[level]);
    expect(await count({})).toBe(seeded.PROVINCIAL + seeded.DISTRICT + seeded.COMMUNE);
    expect(seeded.COMMUNE).toBeGreaterThan(seeded.DISTRICT);
    expect(seeded.DISTRICT).toBeGreaterThan(seeded.PROVINCIAL);
    // No district dialogue after the district level ended.
    expect(await count({ level: 'DISTRICT', from: '2025-07-01' })).toBe(0);
    expect(await count({ level: 'COMMUNE', from: '2025-07-01' })).toBeGreaterThan(0);
  });

  it('filters dialogues by date range and by case', async () => {
    const { data } = await state.query(DIALOGUES, {
      filter: { unitCode: '60', includeDescendants: true, from: '2024-01-01', to: '2024-06-30' },
      first: 200,
    });
    expect(data!.dialogues.totalCount).toBe(16);
    for (const d of data!.dialogues.nodes) expect(d.heldOn >= '2024-01-01' && d.heldOn <= '2024-06-30').toBe(true);
    const about = await state.query(DIALOGUES, { filter: { caseId: STORIES.cases.waterPhanHoa } });
    expect(about.data!.dialogues.nodes.map((d: any) => [d.heldOn, d.level])).toEqual([
      ['2024-05-16', 'PROVINCIAL'],
      ['2024-05-03', 'DISTRICT'],
      ['2024-04-25', 'COMMUNE'],
    ]);
    expect(await count({ caseId: STORIES.cases.expresswayHamThuanNam })).toBe(2);
    expect(await count({ from: '2022-01-01', to: '2022-12-31' })).toBe(2);
  });

  it('lists the dialogues of a unit and its descendants, and those an agency hosted', async () => {
    const { data, errors } = await state.query(`#graphql
      {
        administrativeUnit(code: "596") {
          own: dialogues { heldOn }
          all: dialogues(includeDescendants: true) { heldOn unit { code } }
          spring2024: dialogues(includeDescendants: true, from: "2024-04-01", to: "2024-05-31") { heldOn unit { code } }
        }
        stateAgency(id: "PCOM-598") { dialoguesHosted { heldOn case { reference } } }
      }`);
    expect(errors).toBeUndefined();
    const unit = data!.administrativeUnit;
    expect(unit.own.map((d: any) => d.heldOn)).toEqual(expect.arrayContaining(['2024-05-03', '2022-05-26']));
    expect(unit.all.length).toBeGreaterThan(unit.own.length);
    expect(unit.all.some((d: any) => d.unit.code === '23035')).toBe(true);
    expect(unit.spring2024).toEqual(
      expect.arrayContaining([
        { heldOn: '2024-05-03', unit: { code: '596' } },
        { heldOn: '2024-04-25', unit: { code: '23035' } },
      ]),
    );
    for (const d of unit.spring2024) expect(d.heldOn >= '2024-04-01' && d.heldOn <= '2024-05-31').toBe(true);
    const dates = unit.all.map((d: any) => d.heldOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const hosted = data!.stateAgency.dialoguesHosted;
    expect(hosted.filter((d: any) => d.case?.reference === '60-2022-014').map((d: any) => d.heldOn)).toEqual(['2023-04-20', '2022-07-14']);
  });

  it('pages through dialogues with cursors', async () => {
    // Bình Thuận's until the end of 2024: 71 before the demo had a 2025, less the one about
    // case 60-2025-105 held on 2025-02-20 (its first half of 2025 comes on top).
    expect(await count({ unitCode: '60', includeDescendants: true })).toBeGreaterThan(71);
    const filter = { unitCode: '60', includeDescendants: true, to: '2024-12-31' };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data, errors }: GraphQLResponse = await state.query(DIALOGUES, { filter, first: 20, after });
      expect(errors).toBeUndefined();
      expect(data!.dialogues.totalCount).toBe(70);
      seen.push(...data!.dialogues.nodes.map((d: any) => d.id));
      pages += 1;
      if (!data!.dialogues.pageInfo.hasNextPage) break;
      after = data!.dialogues.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(70);
  });

  it('refuses bad input, naming the field', async () => {
    expectBadInput(await state.query(DIALOGUES, { first: 0 }), 'first');
    expectBadInput(await state.query(DIALOGUES, { first: 500 }), 'first');
    expectBadInput(await state.query(DIALOGUES, { after: 'bad' }), 'after');
    expectBadInput(await state.query(DIALOGUES, { after: Buffer.from('["2024-13-45","x"]').toString('base64url') }), 'after');
    expectBadInput(await state.query(DIALOGUES, { filter: { unitCode: '0' } }), 'filter.unitCode');
    expectBadInput(await state.query(DIALOGUES, { filter: { from: '2024-12-31', to: '2024-01-01' } }), 'filter.to');
    expectBadInput(await state.query(DIALOGUES, { filter: { caseId: 'no-such-case' } }), 'filter.caseId');
    expectBadInput(await state.query(DIALOGUES, { filter: { caseId: '00000000-0000-5000-8000-000000000000' } }), 'filter.caseId');
    const nested = await state.query(`#graphql
      { administrativeUnit(code: "60") { dialogues(from: "2024-12-31", to: "2024-01-01") { id } } }`);
    expect(nested.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(nested.errors![0].message).toContain('to');
  });

  it('returns null for an unknown dialogue id', async () => {
    for (const id of ['x', '00000000-0000-5000-8000-000000000000']) {
      const { data, errors } = await state.query(
        `#graphql
        query ($id: ID!) { dialogue(id: $id) { id } }`,
        { id },
      );
      expect(errors).toBeUndefined();
      expect(data!.dialogue).toBeNull();
    }
  });
});
