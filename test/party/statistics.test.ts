import { referenceUnit, LAST_THREE_LEVEL_DAY } from '../../lib';
import { Services } from '../support/services';
import { districtsOf, statisticsRepresentation, unitRepresentation, SEEDING_TIMEOUT_MS } from './support';

/**
 * The party's part of `UnitStatistics` over HTTP, fed the representation the
 * gateway would pass (the key and the other families' reporting organizations,
 * `statisticsRepresentation`), on the seeded data (seed/party/index.ts). The
 * gateway test (test/gateway/reporting.test.ts) asks the same through all four
 * subgraphs.
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start(['party']);
}, SEEDING_TIMEOUT_MS);

afterAll(async () => {
  await services?.stop();
});

const STATISTICS = /* GraphQL */ `
  query Statistics($representations: [_Any!]!, $frequency: ReportFrequency = QUARTERLY, $asOf: Date) {
    _entities(representations: $representations) {
      __typename
      ... on UnitStatistics {
        unitCode
        from
        to
        modelsByKind {
          kind
          models
        }
        modelsByField {
          field
          models
        }
        modelsByYear {
          year
          models
        }
        reportingByFamily(frequency: $frequency, asOf: $asOf) {
          family
          obligations
          onTime
          late
          overdue
          notYetDue
          complianceRate
        }
      }
    }
  }
`;

const REPORTING = /* GraphQL */ `
  query Reporting($representations: [_Any!]!, $frequency: ReportFrequency = QUARTERLY, $asOf: Date) {
    _entities(representations: $representations) {
      ... on UnitStatistics {
        reportingByFamily(frequency: $frequency, asOf: $asOf) {
          family
          obligations
          onTime
          late
          overdue
          notYetDue
          complianceRate
        }
      }
    }
  }
`;

interface FamilyFigures {
  family: string;
  obligations: number;
  onTime: number;
  late: number;
  overdue: number;
  notYetDue: number;
  complianceRate: number | null;
}

async function entities(query: string, representations: object[], variables: Record<string, unknown> = {}) {
  const { data, errors } = await services.querySubgraph('party', query, { representations, ...variables });
  expect(errors).toBeUndefined();
  return data!._entities as (Record<string, any> | null)[];
}

async function byFamily(code: string, from: string, to: string, variables: Record<string, unknown> = {}): Promise<FamilyFigures[]> {
  const [statistics] = await entities(REPORTING, [statisticsRepresentation(code, from, to)], variables);
  return statistics!.reportingByFamily;
}

const sql = (query: string, params: unknown[] = []) => services.subgraphs.party!.db.query(query, params);

describe('_entities', () => {
  it('answers a known key with its figures and an unknown unit with null', async () => {
    const [bacBinh, unknown] = await entities(
      STATISTICS,
      [
        statisticsRepresentation('596', '2024-07-01', '2024-09-30'),
        { ...statisticsRepresentation('596', '2024-07-01', '2024-09-30'), unitCode: '99999' },
      ],
      { asOf: '2024-10-20' },
    );
    expect(bacBinh).toMatchObject({ __typename: 'UnitStatistics', unitCode: '596', from: '2024-07-01', to: '2024-09-30' });
    expect(bacBinh!.reportingByFamily.map((f: FamilyFigures) => f.family)).toEqual(['PARTY', 'STATE', 'FRONT', 'ARMED_FORCES']);
    expect(unknown).toBeNull();
  });
});

describe('models by kind, field and year', () => {
  const MODELS = /* GraphQL */ `
    query Models($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on UnitStatistics {
          modelsByKind {
            kind
            models
          }
          modelsByField {
            field
            models
          }
          modelsByYear {
            year
            models
          }
        }
      }
    }
  `;
  // Models need no other family's list: a bare key is enough.
  const key = (unitCode: string, from: string, to: string) => ({ __typename: 'UnitStatistics', unitCode, from, to });

  it.each([
    ['60', '2024-01-01', '2024-12-31'],
    ['60', '2019-01-01', '2025-12-31'],
    ['64', '2021-06-01', '2023-05-31'],
    ['596', '2019-01-01', '2025-12-31'],
    ['VN', '2000-01-01', '2100-12-31'],
  ])('%s from %s to %s: the SQL counts of the subtree and the years, in enum and year order, none zero', async (code, from, to) => {
    const [statistics] = await entities(MODELS, [key(code, from, to)]);
    const path = code === 'VN' ? '/VN/' : (await sql('SELECT unit_path FROM party_committee WHERE unit_code = $1', [code]))[0].unit_path;
    const where = `unit_path LIKE $1 AND year BETWEEN $2 AND $3`;
    const params = [`${path}%`, Number(from.slice(0, 4)), Number(to.slice(0, 4))];
    const count = async (column: string) =>
      (await sql(`SELECT ${column} AS value, count(*)::int AS models FROM mobilization_model WHERE ${where} GROUP BY 1`, params)) as {
        value: string | number;
        models: number;
      }[];
    const kinds = await count('kind');
    const fields = await count('field');
    const years = await count('year');
    const order = (values: readonly string[]) => (a: { value: string | number }, b: { value: string | number }) =>
      values.indexOf(String(a.value)) - values.indexOf(String(b.value));
    expect(statistics!.modelsByKind).toEqual(
      kinds.sort(order(['COLLECTIVE', 'INDIVIDUAL'])).map((r) => ({ kind: r.value, models: r.models })),
    );
    expect(statistics!.modelsByField).toEqual(
      fields
        .sort(order(['ECONOMIC', 'CULTURAL_SOCIAL', 'DEFENCE_SECURITY', 'POLITICAL_SYSTEM']))
        .map((r) => ({ field: r.value, models: r.models })),
    );
    expect(statistics!.modelsByYear).toEqual(
      years.sort((a, b) => Number(a.value) - Number(b.value)).map((r) => ({ year: r.value, models: r.models })),
    );
    const [{ total }] = await sql(`SELECT count(*)::int AS total FROM mobilization_model WHERE ${where}`, params);
    expect(total).toBeGreaterThan(0);
    const sum = (rows: { models: number }[]) => rows.reduce((s, r) => s + r.models, 0);
    expect([sum(statistics!.modelsByKind), sum(statistics!.modelsByField), sum(statistics!.modelsByYear)]).toEqual([total, total, total]);
    for (const rows of [statistics!.modelsByKind, statistics!.modelsByField, statistics!.modelsByYear]) {
      expect(rows.every((r: { models: number }) => r.models > 0)).toBe(true);
    }
  });

  it("counts a unit's lineage: Lâm Đồng (68) in 2025, its own models and those of the three provinces it was formed from", async () => {
    // Viewed today, 68 is the Lâm Đồng formed on 2025-07-01 from Bình Thuận (60), Đắk Nông (67) and the old Lâm Đồng (68).
    const [statistics] = await entities(MODELS, [{ ...key('68', '2025-01-01', '2025-12-31'), asOf: '2026-03-15' }]);
    const [{ total }] = await sql(
      `SELECT count(*)::int AS total FROM mobilization_model WHERE unit_path ~ '^/VN/(60|67|68)/' AND year = 2025`,
    );
    const [{ own }] = await sql(`SELECT count(*)::int AS own FROM mobilization_model WHERE unit_path LIKE '/VN/68/%' AND year = 2025`);
    expect(total).toBeGreaterThan(own);
    expect(statistics!.modelsByYear).toEqual([{ year: 2025, models: total }]);
  });

  it('has empty lists for a range without models', async () => {
    // The demo recognizes models from 2019 to 2025.
    const [statistics] = await entities(MODELS, [key('60', '2010-01-01', '2018-12-31')]);
    expect(statistics).toEqual({ modelsByKind: [], modelsByField: [], modelsByYear: [] });
  });

  it('takes every year the range touches: a model has a year, not a date', async () => {
    const [lastDay] = await entities(MODELS, [key('60', '2024-12-31', '2024-12-31')]);
    const [wholeYear] = await entities(MODELS, [key('60', '2024-01-01', '2024-12-31')]);
    expect(lastDay).toEqual(wholeYear);
  });
});

describe('reporting by family', () => {
  it('commune 23035 (Phan Hòa), Q3 2024, as of 2024-10-20: counted by hand from the seeded stories', async () => {
    // The range 2024-07-01..2024-09-30 holds one quarter's end: Q3 (due 2024-10-10).
    // A commune has no committee below it, so no PARTY obligations, and its own eight
    // organizations (STORIES_Q3 in seed/party/reports.ts):
    // - STATE: PCOM-23035 on the 9th: on time.
    // - FRONT (no Trade Union at commune level): VFF-23035 at 20:00 on the 10th, WU-23035
    //   on the 2nd and YU-23035 on the 8th on time; FU-23035 on the 12th late; VA-23035 on
    //   the 21st, after the as-of date: overdue. 3 on time of 5 due: 0.6.
    // - ARMED_FORCES: MC-23035 on the 7th, POL-23035 on the 3rd: on time.
    expect(await byFamily('23035', '2024-07-01', '2024-09-30', { asOf: '2024-10-20' })).toEqual([
      { family: 'STATE', obligations: 1, onTime: 1, late: 0, overdue: 0, notYetDue: 0, complianceRate: 1 },
      { family: 'FRONT', obligations: 5, onTime: 3, late: 1, overdue: 1, notYetDue: 0, complianceRate: 0.6 },
      { family: 'ARMED_FORCES', obligations: 2, onTime: 2, late: 0, overdue: 0, notYetDue: 0, complianceRate: 1 },
    ]);
  });

  it('is NOT_YET_DUE up to the due date and OVERDUE the day after', async () => {
    // As of the 10th: FU-23035 (the 12th) and VA-23035 (the 21st) have not reported and are not due yet.
    const on10 = await byFamily('23035', '2024-07-01', '2024-09-30', { asOf: '2024-10-10' });
    expect(on10.find((f) => f.family === 'FRONT')).toEqual({
      family: 'FRONT',
      obligations: 5,
      onTime: 3,
      late: 0,
      overdue: 0,
      notYetDue: 2,
      complianceRate: 1,
    });
    // As of the 11th both are overdue; FU-23035's report of the 12th is not known yet.
    const on11 = await byFamily('23035', '2024-07-01', '2024-09-30', { asOf: '2024-10-11' });
    expect(on11.find((f) => f.family === 'FRONT')).toEqual({
      family: 'FRONT',
      obligations: 5,
      onTime: 3,
      late: 0,
      overdue: 2,
      notYetDue: 0,
      complianceRate: 0.6,
    });
  });

  it("district 596 (Bắc Bình), Q3 2024: its communes' committees counted by hand, the rest summed from reportingCompliance", async () => {
    const figures = await byFamily('596', '2024-07-01', '2024-09-30', { asOf: '2024-10-20' });
    // PARTY: the 18 commune committees report to PC-596 (rule 2). In STORIES_Q3 all are on
    // time (the district's story) except PC-23035 (the 11th: late), PC-23047 (none) and
    // PC-23056 (the 22nd, after the as-of date): 15 on time, 1 late, 2 overdue.
    expect(figures[0]).toEqual({
      family: 'PARTY',
      obligations: 18,
      onTime: 15,
      late: 1,
      overdue: 2,
      notYetDue: 0,
      complianceRate: 15 / 18,
    });
    // Rule 1 at the district and its 18 communes: a People's Committee each (19); six Front
    // organizations at the district and five in each commune (6 + 90 = 96); a military
    // command and a police at each (38).
    expect(figures.map((f) => [f.family, f.obligations])).toEqual([
      ['PARTY', 18],
      ['STATE', 19],
      ['FRONT', 96],
      ['ARMED_FORCES', 38],
    ]);
    // The statuses of the communes' own organizations follow the seed's pattern: the sum of
    // `reportingCompliance` over the district and its communes gives the same figures.
    const codes = [
      '596',
      ...(await sql(`SELECT unit_code FROM party_committee WHERE parent_id = 'PC-596'`)).map((r: { unit_code: string }) => r.unit_code),
    ];
    expect(codes).toHaveLength(19);
    expect(figures).toEqual(await summedCompliance(codes, [{ year: 2024, frequency: 'QUARTERLY', index: 3 }], '2024-10-20'));
  });

  it('province 60 (Bình Thuận), 2024 by quarter: four quarters end in the year, the fourth not yet due on 2024-10-20', async () => {
    const figures = await byFamily('60', '2024-01-01', '2024-12-31', { asOf: '2024-10-20' });
    // A quarter's obligations (province 60: 10 districts, 121 communes):
    // PARTY 10 + 121 committees below the province; STATE 1 + 10 + 121 People's Committees;
    // FRONT 6 × 11 + 5 × 121 = 671; ARMED_FORCES 3 (border guard, military command,
    // police) + 2 × 10 + 2 × 121 = 265. Four quarters end in 2024.
    expect(figures.map((f) => [f.family, f.obligations, f.notYetDue])).toEqual([
      // Q4 (due 2025-01-10) is not yet due as of 2024-10-20 and nothing else is.
      ['PARTY', 4 * 131, 131],
      ['STATE', 4 * 132, 132],
      ['FRONT', 4 * 671, 671],
      ['ARMED_FORCES', 4 * 265, 265],
    ]);
    const units = (await sql(`SELECT unit_code FROM party_committee WHERE unit_path LIKE '/VN/60/%' ORDER BY unit_path`)).map(
      (r: { unit_code: string }) => r.unit_code,
    );
    expect(units).toHaveLength(132);
    const quarters = [1, 2, 3, 4].map((index) => ({ year: 2024, frequency: 'QUARTERLY', index }));
    expect(figures).toEqual(await summedCompliance(units, quarters, '2024-10-20'));
  });

  it('at the nation: every committee below it and the organizations of every province', async () => {
    const representation = statisticsRepresentation('VN', '2024-07-01', '2024-09-30');
    const [{ reportingByFamily: figures }] = (await entities(REPORTING, [representation], { asOf: '2024-10-20' })) as any[];
    // The committees in force on the period's last day (2024-09-30): the three-level era's.
    const inForce = `valid_from <= '2024-09-30' AND valid_to >= '2024-09-30'`;
    const [{ committees }] = await sql(
      `SELECT count(*)::int AS committees FROM party_committee WHERE parent_id IS NOT NULL AND ${inForce}`,
    );
    // Counted by hand from the plain lists: every People's Committee, every Front organization
    // (the lists hold local ones only), every armed unit at its own unit's tier.
    expect(figures.map((f: FamilyFigures) => [f.family, f.obligations])).toEqual([
      ['PARTY', committees],
      ['STATE', representation.stateAgencies.filter((a) => a.kind === 'PEOPLES_COMMITTEE').length],
      ['FRONT', representation.frontOrganizations.length],
      ['ARMED_FORCES', representation.armedUnits.filter((u) => u.level === referenceUnit(u.unit.code, LAST_THREE_LEVEL_DAY)!.level).length],
    ]);
    const units = (await sql(`SELECT unit_code FROM party_committee WHERE ${inForce} ORDER BY unit_path`)).map(
      (r: { unit_code: string }) => r.unit_code,
    );
    expect(figures).toEqual(await summedCompliance(units, [{ year: 2024, frequency: 'QUARTERLY', index: 3 }], '2024-10-20'));
  });

  it('keeps only the organizations of the subtree below the nation, once each', async () => {
    const representation = statisticsRepresentation('23035', '2024-07-01', '2024-09-30');
    const extra = {
      ...representation,
      // The nation's Front (rule 1 binds local organizations only), a district's union (not in the subtree), a repeat.
      frontOrganizations: [
        ...representation.frontOrganizations,
        { id: 'VFF-VN', level: 'CENTRAL', unit: { code: 'VN' } },
        { id: 'WU-596', level: 'DISTRICT', unit: { code: '596' } },
        representation.frontOrganizations[0],
      ],
    };
    const [{ reportingByFamily: figures }] = (await entities(REPORTING, [extra], { asOf: '2024-10-20' })) as any[];
    expect(figures.find((f: FamilyFigures) => f.family === 'FRONT').obligations).toBe(5);
  });

  it("lets the regime decide from the owners' plain lists: a council, a department, a military region and a unit off its tier owe nothing", async () => {
    const representation = statisticsRepresentation('23035', '2024-07-01', '2024-09-30');
    const plain = {
      ...representation,
      stateAgencies: [
        ...representation.stateAgencies,
        { id: 'DOF-23035', kind: 'DEPARTMENT', level: 'COMMUNE', unit: { code: '23035' } },
        { id: 'GOV-VN', kind: 'GOVERNMENT', level: 'CENTRAL', unit: { code: 'VN' } },
      ],
      armedUnits: [
        ...representation.armedUnits,
        // A border post stationed in the commune but of the province's tier, and a military region.
        { id: 'BG-POST', level: 'PROVINCIAL', unit: { code: '23035' } },
        { id: 'MR-7', level: 'CENTRAL', unit: { code: '23035' } },
      ],
    };
    const [{ reportingByFamily: plainFigures }] = (await entities(REPORTING, [plain], { asOf: '2024-10-20' })) as any[];
    const [{ reportingByFamily: figures }] = (await entities(REPORTING, [representation], { asOf: '2024-10-20' })) as any[];
    expect(plainFigures).toEqual(figures);
    // The commune's People's Committee and its police and military command: the council in the list owes nothing either.
    expect(figures.map((f: FamilyFigures) => [f.family, f.obligations])).toEqual([
      ['STATE', 1],
      ['FRONT', 5],
      ['ARMED_FORCES', 2],
    ]);
  });

  it('counts every period of the frequency: 2024 by month', async () => {
    // Twelve months end in 2024; commune 23035 owes 8 reports a month (1 state, 5 Front, 2 armed).
    const monthly = await byFamily('23035', '2024-01-01', '2024-12-31', { frequency: 'MONTHLY', asOf: '2025-06-01' });
    expect(monthly.map((f) => [f.family, f.obligations, f.notYetDue])).toEqual([
      ['STATE', 12, 0],
      ['FRONT', 60, 0],
      ['ARMED_FORCES', 24, 0],
    ]);
    // The demo's monthly reports follow its pattern: the same as reportingCompliance month by month.
    const months = Array.from({ length: 12 }, (_, i) => ({ year: 2024, frequency: 'MONTHLY', index: i + 1 }));
    expect(monthly).toEqual(await summedCompliance(['23035'], months, '2025-06-01'));
    // No period ends in the range: no obligation, so no family.
    expect(await byFamily('23035', '2024-10-01', '2024-12-30', { asOf: '2025-06-01' })).toEqual([]);
    // NINE_MONTHS: one period, due 2024-10-15; nothing is due before, and the demo's
    // reports come at the earliest eight days before the due date (seed/party/reports.ts).
    expect(await byFamily('23035', '2024-01-01', '2024-12-31', { frequency: 'NINE_MONTHS', asOf: '2024-10-06' })).toEqual([
      { family: 'STATE', obligations: 1, onTime: 0, late: 0, overdue: 0, notYetDue: 1, complianceRate: null },
      { family: 'FRONT', obligations: 5, onTime: 0, late: 0, overdue: 0, notYetDue: 5, complianceRate: null },
      { family: 'ARMED_FORCES', obligations: 2, onTime: 0, late: 0, overdue: 0, notYetDue: 2, complianceRate: null },
    ]);
  });

  it('counts an annual period, which has no index: 2024 as one year, with the reports that came', async () => {
    const annual = await byFamily('60', '2024-01-01', '2024-12-31', { frequency: 'ANNUAL', asOf: '2025-06-01' });
    const units = (await sql(`SELECT unit_code FROM party_committee WHERE unit_path LIKE '/VN/60/%'`)).map(
      (r: { unit_code: string }) => r.unit_code,
    );
    expect(annual).toEqual(await summedCompliance(units, [{ year: 2024, frequency: 'ANNUAL' }], '2025-06-01'));
    // Reports were found (an annual report's period index is NULL, which the statement matches apart).
    expect(annual.some((f) => f.onTime + f.late > 0)).toBe(true);
  });

  it('defaults to quarters and to today in Vietnam', async () => {
    const { data, errors } = await services.querySubgraph(
      'party',
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on UnitStatistics { reportingByFamily { family obligations notYetDue } } } }`,
      { representations: [statisticsRepresentation('23035', '2024-01-01', '2024-12-31')] },
    );
    expect(errors).toBeUndefined();
    // Long past 2025-01-10, the fourth quarter's due date: nothing is still to come.
    expect(data!._entities[0].reportingByFamily).toEqual([
      { family: 'STATE', obligations: 4, notYetDue: 0 },
      { family: 'FRONT', obligations: 20, notYetDue: 0 },
      { family: 'ARMED_FORCES', obligations: 8, notYetDue: 0 },
    ]);
  });
});

describe('bad keys and arguments', () => {
  const errorOf = async (representation: object, variables: Record<string, unknown> = {}) => {
    const { errors } = await services.querySubgraph('party', REPORTING, {
      representations: [representation],
      asOf: '2024-10-20',
      ...variables,
    });
    expect(errors).toHaveLength(1);
    return errors![0];
  };

  it.each([
    ['an end before the start', { from: '2024-12-31', to: '2024-01-01' }, 'to'],
    ['a malformed start', { from: '2024-13-01' }, 'from'],
    ['an end that is no date', { to: 20241231 }, 'to'],
  ])('refuses %s, naming %s', async (_, overrides, field) => {
    const error = await errorOf({ ...statisticsRepresentation('60', '2024-01-01', '2024-12-31'), ...overrides });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toMatch(new RegExp(`^${field}:`));
  });

  it('refuses a range of more than 120 periods', async () => {
    const error = await errorOf(statisticsRepresentation('23035', '2000-01-01', '2024-12-31'), { frequency: 'MONTHLY' });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(error.message).toMatch(/at most 120 MONTHLY periods end \(300 end from 2000-01-01\)/);
  });

  it('refuses a representation without the required lists rather than undercount', async () => {
    const error = await errorOf({
      __typename: 'UnitStatistics',
      unitCode: '60',
      from: '2024-01-01',
      to: '2024-12-31',
      stateAgencies: [],
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/lacks frontOrganizations, armedUnits/);
  });
});

describe('batching', () => {
  it('costs the same statements for the 10 districts of Bình Thuận as for the 17 of Gia Lai', async () => {
    const count = async (province: string) => {
      const representations = districtsOf(province).map((code) => statisticsRepresentation(code, '2024-01-01', '2024-12-31'));
      let figures: (Record<string, any> | null)[] = [];
      const counts = await services.countStatements(async () => {
        figures = await entities(STATISTICS, representations, { asOf: '2024-10-20' });
      });
      // Every district owes reports in every family; some have models (not every district has one).
      expect(figures.every((f) => f!.reportingByFamily.length === 4)).toBe(true);
      expect(figures.some((f) => f!.modelsByYear.length > 0)).toBe(true);
      return { units: representations.length, statements: counts.party };
    };
    const ten = await count('60');
    const seventeen = await count('64');
    expect([ten.units, seventeen.units]).toEqual([10, 17]);
    // One statement for the models of every district, one for their reporting.
    expect(ten.statements).toBe(2);
    expect(seventeen.statements).toBe(2);
  });
});

/**
 * The cross-check: `reportingCompliance` of each unit (the same rules, computed in
 * Node) for each period, summed by the submitter's family, as `reportingByFamily`
 * shows them.
 */
async function summedCompliance(codes: string[], periods: object[], asOf: string): Promise<FamilyFigures[]> {
  const FAMILY: Record<string, string> = {
    PartyCommittee: 'PARTY',
    StateAgency: 'STATE',
    FrontOrganization: 'FRONT',
    ArmedUnit: 'ARMED_FORCES',
  };
  const totals = new Map<string, FamilyFigures>();
  for (const period of periods) {
    const units = await entities(
      /* GraphQL */ `
        query ($representations: [_Any!]!, $period: PeriodInput!, $asOf: Date) {
          _entities(representations: $representations) {
            ... on AdministrativeUnit {
              reportingCompliance(period: $period, asOf: $asOf) {
                obligations {
                  status
                  submitter {
                    __typename
                  }
                }
              }
            }
          }
        }
      `,
      codes.map((code) => unitRepresentation(code)),
      { period, asOf },
    );
    for (const unit of units) {
      for (const { status, submitter } of unit!.reportingCompliance.obligations as {
        status: string;
        submitter: { __typename: string };
      }[]) {
        const family = FAMILY[submitter.__typename];
        const figures = totals.get(family) ?? {
          family,
          obligations: 0,
          onTime: 0,
          late: 0,
          overdue: 0,
          notYetDue: 0,
          complianceRate: null,
        };
        figures.obligations += 1;
        const field = ({ ON_TIME: 'onTime', LATE: 'late', OVERDUE: 'overdue', NOT_YET_DUE: 'notYetDue' } as const)[status]!;
        figures[field] += 1;
        totals.set(family, figures);
      }
    }
  }
  return ['PARTY', 'STATE', 'FRONT', 'ARMED_FORCES'].flatMap((family) => {
    const figures = totals.get(family);
    if (!figures) return [];
    const due = figures.onTime + figures.late + figures.overdue;
    return [{ ...figures, complianceRate: due === 0 ? null : figures.onTime / due }];
  });
}
