import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnumTypeDefinitionNode, Kind, parse } from 'graphql';
import { schemaDir, LAST_THREE_LEVEL_DAY, allUnitVersions } from '../../lib';
import { expectBadInput, SEEDING_TIMEOUT_MS, StateHarness, startState } from './support';

/**
 * The state's part of `UnitStatistics` (design section 5, scenario 5), over real
 * HTTP on the seeded database: every figure is compared with the same figure from
 * an SQL query written here, formulated differently from the subgraph's (a code
 * anywhere on the path rather than a prefix, one level of FILTERed aggregates
 * rather than nested groups), in the order the SDL declares the enum values.
 */
describe('state subgraph: UnitStatistics', () => {
  let state: StateHarness;
  beforeAll(async () => {
    state = await startState();
  }, SEEDING_TIMEOUT_MS);
  afterAll(() => state.services.stop());

  const sql = <T = any>(text: string, params: unknown[]): Promise<T[]> => state.services.subgraphs.state!.db.query(text, params);

  /** The values of an enum in the order the state's SDL declares them. */
  function sdlOrder(name: string): string[] {
    const document = parse(readFileSync(join(schemaDir, 'state.graphql'), 'utf8'));
    const definition = document.definitions.find(
      (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name,
    )!;
    return definition.values!.map((value) => value.name.value);
  }
  const byOrder =
    <T>(order: string[], key: (row: T) => string) =>
    (a: T, b: T) =>
      order.indexOf(key(a)) - order.indexOf(key(b));

  /** Records of the unit and every unit below it: the code appears somewhere on the record's path. */
  const IN_SUBTREE = `unit_path LIKE '%/' || $1 || '/%'`;

  /**
   * One piece of "the unit and everything below it" over time (design section 10): the
   * subtree of a code over the days it counts for. A unit that was formed on 2025-07-01
   * counts, for the days before, the subtrees of the units it was formed from; the
   * pieces are written out by hand in the tests that need more than one.
   */
  interface Piece {
    code: string;
    from: string;
    to: string;
  }

  /**
   * SQL: the record lies in one of the pieces, on one of its days (`dayColumn`); or,
   * for organizations (`dayColumn` null), was in force on one of them.
   */
  function inPieces(pieces: Piece[], dayColumn: string | null): { where: string; params: unknown[] } {
    const params: unknown[] = [];
    const where = pieces.map(({ code, from, to }) => {
      params.push(code, from, to);
      const [c, f, t] = [params.length - 2, params.length - 1, params.length];
      const days = dayColumn ? `${dayColumn} BETWEEN $${f} AND $${t}` : `valid_from <= $${t} AND valid_to >= $${f}`;
      return `(unit_path LIKE '%/' || $${c} || '/%' AND ${days})`;
    });
    return { where: `(${where.join(' OR ')})`, params };
  }

  async function expectedDialogues(pieces: Piece[]) {
    const { where, params } = inPieces(pieces, 'held_on');
    const rows = await sql(
      `SELECT level, count(*) AS dialogues, sum(participants) AS participants,
              sum(issues_raised) AS issues_raised, sum(issues_resolved) AS issues_resolved
         FROM dialogue
        WHERE ${where}
        GROUP BY level`,
      params,
    );
    return rows
      .map((r) => ({
        level: r.level,
        dialogues: Number(r.dialogues),
        participants: Number(r.participants),
        issuesRaised: Number(r.issues_raised),
        issuesResolved: Number(r.issues_resolved),
      }))
      .sort(byOrder(sdlOrder('AdministrativeLevel'), (r) => r.level));
  }

  async function expectedCases(pieces: Piece[]) {
    const statuses = sdlOrder('CaseStatus');
    const { where, params } = inPieces(pieces, 'opened_on');
    const rows = await sql(
      `SELECT category, count(*) AS cases,
              ${statuses.map((s) => `count(*) FILTER (WHERE status = '${s}') AS "${s}"`).join(', ')},
              percentile_cont(0.5) WITHIN GROUP (ORDER BY resolved_on - opened_on) FILTER (WHERE status = 'RESOLVED') AS median
         FROM citizen_case
        WHERE ${where}
        GROUP BY category`,
      params,
    );
    return rows
      .map((r) => ({
        category: r.category,
        cases: Number(r.cases),
        byStatus: statuses.filter((s) => Number(r[s]) > 0).map((s) => ({ status: s, cases: Number(r[s]) })),
        medianDaysToResolve: r.median === null ? null : Number(r.median),
      }))
      .sort(byOrder(sdlOrder('CaseCategory'), (r) => r.category));
  }

  /**
   * Every agency of the unit and below in force on some day of the range: the state's
   * plain list (the party's regime picks the reporting ones).
   */
  async function expectedAgencies(pieces: Piece[]) {
    const { where, params } = inPieces(pieces, null);
    return sql(
      `SELECT id, kind, level, unit_code AS "unitCode"
         FROM state_agency
        WHERE ${where}
        ORDER BY id`,
      params,
    );
  }

  const FIGURES = `#graphql
    unitCode from to
    dialoguesByLevel { level dialogues participants issuesRaised issuesResolved }
    casesByCategory { category cases byStatus { status cases } medianDaysToResolve }
    stateAgencies { id kind level unit { code } }`;

  const STATISTICS = `#graphql
    query ($code: ID!, $from: Date!, $to: Date!) {
      administrativeUnit(code: $code) {
        statistics(from: $from, to: $to) { unit { code name } ${FIGURES} }
      }
    }`;

  /** The figures of `code` over a range; of its own subtree unless the pieces are given. */
  async function expectedFigures(code: string, from: string, to: string, pieces: Piece[] = [{ code, from, to }]) {
    return {
      unitCode: code,
      from,
      to,
      dialoguesByLevel: await expectedDialogues(pieces),
      casesByCategory: await expectedCases(pieces),
      stateAgencies: (await expectedAgencies(pieces)).map(({ unitCode, ...agency }) => ({
        ...agency,
        unit: { code: unitCode },
      })),
    };
  }

  describe('AdministrativeUnit.statistics', () => {
    it.each([
      ['Bình Thuận province', '60', '2024-01-01', '2024-12-31'],
      ['Bắc Bình district', '596', '2024-01-01', '2024-12-31'],
      ['Phan Hòa commune', '23035', '2024-01-01', '2024-12-31'],
      ['Bình Thuận province over four years', '60', '2022-01-01', '2025-12-31'],
    ])('gives the figures of %s (%s, %s..%s) as SQL computes them', async (_, code, from, to) => {
      const { data, errors } = await state.query(STATISTICS, { code, from, to });
      expect(errors).toBeUndefined();
      const { unit, ...figures } = data!.administrativeUnit.statistics;
      expect(unit.code).toBe(code);
      expect(figures).toEqual(await expectedFigures(code, from, to));
      // Something to compare: the seeded data has figures at every tier asked for.
      expect(figures.dialoguesByLevel.length).toBeGreaterThan(0);
      expect(figures.casesByCategory.length).toBeGreaterThan(0);
      expect(figures.stateAgencies.length).toBeGreaterThan(0);
    });

    it("counts Lâm Đồng's 2025 across the change: its predecessors' first half and its own second half", async () => {
      const { data, errors } = await state.query(STATISTICS, { code: '68', from: '2025-01-01', to: '2025-12-31' });
      expect(errors).toBeUndefined();
      const { unit, ...figures } = data!.administrativeUnit.statistics;
      expect(unit).toEqual({ code: '68', name: 'Tỉnh Lâm Đồng' });
      // Bình Thuận's and Đắk Nông's subtrees until 2025-06-30; code 68's the whole year (the
      // old Lâm Đồng until 2025-06-30, the new one since: the same path).
      const pieces = [
        { code: '60', from: '2025-01-01', to: '2025-06-30' },
        { code: '67', from: '2025-01-01', to: '2025-06-30' },
        { code: '68', from: '2025-01-01', to: '2025-12-31' },
      ];
      expect(figures).toEqual(await expectedFigures('68', '2025-01-01', '2025-12-31', pieces));
      // Both eras are in the figures: district dialogues (first half only) and the new province's own.
      expect(figures.dialoguesByLevel.map((r: any) => r.level)).toEqual(['PROVINCIAL', 'DISTRICT', 'COMMUNE']);
      const agencies = figures.stateAgencies.map((a: any) => a.id);
      expect(agencies).toEqual(expect.arrayContaining(['PCOM-60', 'PCOM-67', 'PCOM-68', 'PCOM-68-2025', 'PCOM-596', 'PCOM-23005-2025']));
    });

    it('lists the tiers in the SDL order, and only those with dialogues', async () => {
      const { data } = await state.query(STATISTICS, { code: '60', from: '2024-01-01', to: '2024-12-31' });
      expect(data!.administrativeUnit.statistics.dialoguesByLevel.map((r: any) => r.level)).toEqual(['PROVINCIAL', 'DISTRICT', 'COMMUNE']);
      const commune = await state.query(STATISTICS, { code: '23035', from: '2024-01-01', to: '2024-12-31' });
      expect(commune.data!.administrativeUnit.statistics.dialoguesByLevel.map((r: any) => r.level)).toEqual(['COMMUNE']);
    });

    it('takes the median over RESOLVED cases only, interpolating between the middle two', async () => {
      const { data } = await state.query(STATISTICS, { code: '60', from: '2022-01-01', to: '2025-12-31' });
      const byCategory = Object.fromEntries(data!.administrativeUnit.statistics.casesByCategory.map((r: any) => [r.category, r]));
      // Land cases of Bình Thuận resolved in 494 days (Bắc Bình) and 272 days (Hàm Thuận Bắc).
      expect(byCategory.LAND_ACQUISITION_RESETTLEMENT.medianDaysToResolve).toBe(383);
      // A CLOSED case carries a date but was not resolved: no median.
      expect(byCategory.SOCIAL_WELFARE).toEqual({
        category: 'SOCIAL_WELFARE',
        cases: 1,
        byStatus: [{ status: 'CLOSED', cases: 1 }],
        medianDaysToResolve: null,
      });
    });

    it('counts RESTRICTED cases, which the viewer cannot list', async () => {
      const { data, errors } = await state.query(
        `#graphql
        {
          administrativeUnit(code: "64") {
            cases(includeDescendants: true, category: ETHNIC_RELIGIOUS_AFFAIRS) { id openedOn }
            statistics(from: "2024-01-01", to: "2024-12-31") { casesByCategory { category cases } }
          }
        }`,
      );
      expect(errors).toBeUndefined();
      const [{ restricted }] = await sql(
        `SELECT count(*)::int AS restricted FROM citizen_case
          WHERE ${IN_SUBTREE} AND category = 'ETHNIC_RELIGIOUS_AFFAIRS' AND classification = 'RESTRICTED'
            AND opened_on BETWEEN $2 AND $3`,
        ['64', '2024-01-01', '2024-12-31'],
      );
      expect(restricted).toBeGreaterThan(0);
      const listed = data!.administrativeUnit.cases.filter((c: any) => c.openedOn >= '2024-01-01' && c.openedOn <= '2024-12-31');
      const counted = data!.administrativeUnit.statistics.casesByCategory.find((r: any) => r.category === 'ETHNIC_RELIGIOUS_AFFAIRS');
      expect(counted.cases).toBe(listed.length + restricted);
    });

    it.each([
      // The three-level era: every level, and Bình Thuận's department.
      ['2024-01-01', '2024-12-31', ['GOVERNMENT', 'MINISTRY', 'PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'DEPARTMENT'], 'DISTRICT'],
      // The two-level era: no district, and the department ended with Bình Thuận.
      ['2026-01-01', '2026-06-30', ['GOVERNMENT', 'MINISTRY', 'PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL'], 'COMMUNE'],
    ])(
      "lists the nation's every agency in force from %s to %s, of every kind and level: the plain list, not the regime's choice",
      async (from, to, kinds, lowest) => {
        const { data, errors } = await state.query(STATISTICS, { code: 'VN', from, to });
        expect(errors).toBeUndefined();
        const agencies = data!.administrativeUnit.statistics.stateAgencies;
        const [{ all }] = await sql(`SELECT count(*)::int AS all FROM state_agency WHERE valid_from <= $2 AND valid_to >= $1`, [from, to]);
        expect(agencies).toHaveLength(all);
        expect(new Set(agencies.map((a: any) => a.kind))).toEqual(new Set(kinds));
        expect(new Set(agencies.map((a: any) => a.level))).toEqual(new Set(['CENTRAL', 'PROVINCIAL', lowest, 'COMMUNE']));
        expect(agencies.map((a: any) => a.id)).toEqual((await expectedAgencies([{ code: 'VN', from, to }])).map((a) => a.id));
      },
    );

    it('refuses a range that ends before it starts, naming `to`', async () => {
      const response = await state.query(STATISTICS, { code: '60', from: '2024-12-31', to: '2024-01-01' });
      expectBadInput(response, 'to');
      expect(response.errors![0].extensions?.field).toBe('to');
      expect(response.data).toEqual({ administrativeUnit: null });
    });

    it('accepts a range of one day', async () => {
      const { data, errors } = await state.query(STATISTICS, { code: '60', from: '2024-07-11', to: '2024-07-11' });
      expect(errors).toBeUndefined();
      expect(data!.administrativeUnit.statistics.dialoguesByLevel).toEqual(
        await expectedDialogues([{ code: '60', from: '2024-07-11', to: '2024-07-11' }]),
      );
    });

    it('refuses a date that is not a calendar date', async () => {
      const response = await state.query(STATISTICS, { code: '60', from: '2024-02-30', to: '2024-12-31' });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('_entities', () => {
    const ENTITIES = `#graphql
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on UnitStatistics { ${FIGURES} } }
      }`;
    const reference = (unitCode: string, from = '2024-01-01', to = '2024-12-31') => ({ __typename: 'UnitStatistics', unitCode, from, to });

    it('resolves UnitStatistics by unit and range, the figures as SQL computes them', async () => {
      const { data, errors } = await state.query(ENTITIES, {
        representations: [reference('60'), reference('596', '2023-01-01', '2023-12-31'), reference('23035')],
      });
      expect(errors).toBeUndefined();
      expect(data!._entities).toEqual([
        await expectedFigures('60', '2024-01-01', '2024-12-31'),
        await expectedFigures('596', '2023-01-01', '2023-12-31'),
        await expectedFigures('23035', '2024-01-01', '2024-12-31'),
      ]);
    });

    it("views the unit on the key's asOf: the old Lâm Đồng over 2025 counts its own first half, the new one its lineage", async () => {
      const year = { unitCode: '68', from: '2025-01-01', to: '2025-12-31' };
      const { data, errors } = await state.query(ENTITIES, {
        representations: [
          { __typename: 'UnitStatistics', ...year, asOf: '2024-12-31' },
          { __typename: 'UnitStatistics', ...year, asOf: '2026-03-15' },
        ],
      });
      expect(errors).toBeUndefined();
      expect(data!._entities).toEqual([
        await expectedFigures('68', year.from, year.to, [{ code: '68', from: '2025-01-01', to: '2025-06-30' }]),
        await expectedFigures('68', year.from, year.to, [
          { code: '60', from: '2025-01-01', to: '2025-06-30' },
          { code: '67', from: '2025-01-01', to: '2025-06-30' },
          { code: '68', from: '2025-01-01', to: '2025-12-31' },
        ]),
      ]);
    });

    it('returns the reference for a unit the state does not know, with empty figures', async () => {
      const { data, errors } = await state.query(ENTITIES, { representations: [reference('nowhere'), reference('01')] });
      expect(errors).toBeUndefined();
      for (const [i, code] of ['nowhere', '01'].entries()) {
        expect(data!._entities[i]).toEqual({
          unitCode: code,
          from: '2024-01-01',
          to: '2024-12-31',
          dialoguesByLevel: [],
          casesByCategory: [],
          stateAgencies: [],
        });
      }
    });

    it('answers `unit` of an unknown unit with NOT_FOUND', async () => {
      const response = await state.query(
        `#graphql
        query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on UnitStatistics { unit { code } } } }`,
        { representations: [reference('596'), reference('nowhere')] },
      );
      expect(response.data!._entities[0]).toEqual({ unit: { code: '596' } });
      expect(response.data!._entities[1]).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].extensions?.code).toBe('NOT_FOUND');
      expect(response.errors![0].message).toContain('unitCode');
    });

    it('refuses a representation whose range ends before it starts, or whose date is malformed', async () => {
      const inverted = await state.query(ENTITIES, { representations: [reference('60', '2024-12-31', '2024-01-01'), reference('596')] });
      expectBadInput(inverted, 'to');
      expect(inverted.errors![0].extensions?.field).toBe('to');
      // Only the bad representation fails; the others of the batch are answered.
      expect(inverted.data!._entities[0]).toBeNull();
      expect(inverted.data!._entities[1]).toEqual(await expectedFigures('596', '2024-01-01', '2024-12-31'));
      const malformed = await state.query(ENTITIES, { representations: [reference('60', '2024-1-1', '2024-12-31')] });
      expectBadInput(malformed, 'from');
      expect(malformed.errors![0].extensions?.field).toBe('from');
    });
  });

  describe('batching', () => {
    const DISTRICTS = `#graphql
      query ($code: ID!) {
        administrativeUnit(code: $code) {
          children {
            statistics(from: "2024-01-01", to: "2024-12-31") {
              unit { code }
              dialoguesByLevel { level dialogues participants }
              casesByCategory { category cases byStatus { status cases } medianDaysToResolve }
              stateAgencies { id unit { code } }
            }
          }
        }
      }`;

    it('costs the same statements for the 10 districts of Bình Thuận and the 17 of Gia Lai', async () => {
      const run = (code: string) =>
        state.services.countStatements(async () => {
          const { data, errors } = await state.query(DISTRICTS, { code });
          expect(errors).toBeUndefined();
          const districts = data!.administrativeUnit.children;
          expect(districts).toHaveLength(code === '60' ? 10 : 17);
          // Every district has committees to list, so every batched field really ran.
          for (const { statistics } of districts) expect(statistics.stateAgencies.length).toBeGreaterThan(0);
        });
      const binhThuan = await run('60');
      const giaLai = await run('64');
      expect(giaLai.state).toBe(binhThuan.state);
      // The unit and its children; then one statement each for the units, dialogues,
      // cases and committees of all districts; then the committees' units.
      expect(binhThuan.state).toBe(7);
    });

    it('costs one statement per field for each distinct range in a batch, not per unit', async () => {
      const districts = allUnitVersions()
        .filter((u) => u.validTo === LAST_THREE_LEVEL_DAY)
        .filter((u) => u.parentCode === '60')
        .map((u) => u.code);
      const representations = ['2023', '2024'].flatMap((year) =>
        districts.map((unitCode) => ({ __typename: 'UnitStatistics', unitCode, from: `${year}-01-01`, to: `${year}-12-31` })),
      );
      const counts = await state.services.countStatements(async () => {
        const { data, errors } = await state.query(
          `#graphql
          query ($representations: [_Any!]!) {
            _entities(representations: $representations) { ... on UnitStatistics { dialoguesByLevel { dialogues } casesByCategory { cases } } }
          }`,
          { representations },
        );
        expect(errors).toBeUndefined();
        expect(data!._entities).toHaveLength(20);
      });
      // Two ranges × two fields.
      expect(counts.state).toBe(4);
    });
  });
});
