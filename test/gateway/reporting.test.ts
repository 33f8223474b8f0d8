import { THREE_LEVEL_PROVINCES, TWO_LEVEL_PROVINCES } from '../../seed/demo';
import { STORY_REPORT_IDS } from '../../seed/party/reports';
import { Services } from '../support/services';

/**
 * Acceptance scenarios 2 (reporting compliance) and 5 (statistics, the party's
 * part) of the design (section 5), each one operation through the real gateway in
 * front of the four real subgraphs, on the seeded demo data. The reporting
 * organizations of the other families come from their owners through `@requires`;
 * the expected figures are counted by hand from the seeded stories
 * (`STORIES_Q3` in seed/party/reports.ts, summed up in seed/party/index.ts).
 *
 * The stories are of 2024, on three levels: Bình Thuận (60) and its units ended on
 * 2025-06-30 and, asked for without a date, are shown as they stood on their last
 * day, whose structure is the one of 2024 (design section 10).
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start();
});

afterAll(async () => {
  await services?.stop();
});

const Q3 = { year: 2024, frequency: 'QUARTERLY', index: 3 };

const COMPLIANCE = /* GraphQL */ `
  query Compliance($code: ID!, $period: PeriodInput!, $asOf: Date) {
    administrativeUnit(code: $code) {
      reportingCompliance(period: $period, asOf: $asOf) {
        onTime
        late
        overdue
        notYetDue
        complianceRate
        obligations {
          rule
          status
          dueOn
          submitter {
            __typename
            ... on StateAgency {
              id
              name
            }
            ... on FrontOrganization {
              id
              name
            }
            ... on ArmedUnit {
              id
              name
            }
            ... on PartyCommittee {
              id
              name
            }
          }
          recipient {
            id
          }
          copyTo {
            id
          }
          report {
            id
            title
            submittedAt
          }
        }
      }
    }
  }
`;

interface Obligation {
  rule: string;
  status: string;
  dueOn: string;
  submitter: { __typename: string; id: string; name: string };
  recipient: { id: string };
  copyTo: { id: string } | null;
  report: { id: string; title: string; submittedAt: string } | null;
}

interface Compliance {
  onTime: number;
  late: number;
  overdue: number;
  notYetDue: number;
  complianceRate: number | null;
  obligations: Obligation[];
}

async function compliance(code: string, asOf: string, period: object = Q3): Promise<Compliance> {
  const { data, errors } = await services.queryGateway(COMPLIANCE, { code, period, asOf });
  expect(errors).toBeUndefined();
  return data!.administrativeUnit.reportingCompliance;
}

const bySubmitter = (obligations: Obligation[]) => Object.fromEntries(obligations.map((o) => [o.submitter.id, o]));
const statuses = (obligations: Obligation[]) => Object.fromEntries(obligations.map((o) => [o.submitter.id, o.status]));

describe('scenario 2: reporting compliance', () => {
  describe('province 60 (Bình Thuận), 2024 Q3, as of 2024-10-20', () => {
    let result: Compliance;

    beforeAll(async () => {
      result = await compliance('60', '2024-10-20');
    });

    it('has the totals of the stories: 15 on time, 3 late, 2 overdue, rate 0.75', () => {
      // 20 obligations: rule 1, the People's Committee, the Front and its five
      // organizations, the border guard, military command and police (10); rule 2, the
      // ten district committees (10). Late: FU-60, YU-60, PC-602; overdue: VA-60, PC-599;
      // on time: the other 15. Rate 15 / (15 + 3 + 2).
      expect(result).toMatchObject({ onTime: 15, late: 3, overdue: 2, notYetDue: 0, complianceRate: 0.75 });
      expect(result.obligations.map((o) => `${o.submitter.__typename}:${o.submitter.id}`)).toEqual([
        'StateAgency:PCOM-60',
        ...['VFF-60', 'TU-60', 'FU-60', 'WU-60', 'YU-60', 'VA-60'].map((id) => `FrontOrganization:${id}`),
        ...['BG-60', 'MC-60', 'POL-60'].map((id) => `ArmedUnit:${id}`),
        ...['593', '594', '595', '596', '597', '598', '599', '600', '601', '602'].map((code) => `PartyCommittee:PC-${code}`),
      ]);
      for (const obligation of result.obligations) {
        expect(obligation).toMatchObject({ recipient: { id: 'PC-60' }, copyTo: { id: 'MMC-60' }, dueOn: '2024-10-10' });
        // Each submitter's name comes from its own family's subgraph.
        expect(obligation.submitter.name).toEqual(expect.any(String));
      }
    });

    it('tells each story', () => {
      const o = bySubmitter(result.obligations);
      // The People's Committee at 23:30 on the due date, Vietnam time: on time.
      expect(o['PCOM-60']).toMatchObject({
        status: 'ON_TIME',
        submitter: { name: 'Ủy ban nhân dân tỉnh Bình Thuận' },
        report: { submittedAt: '2024-10-10T23:30:00+07:00', title: 'Báo cáo kết quả công tác dân vận quý III năm 2024' },
      });
      // The Farmers' Union half an hour into the next day: late.
      expect(o['FU-60']).toMatchObject({
        status: 'LATE',
        submitter: { name: 'Hội Nông dân tỉnh Bình Thuận' },
        report: { submittedAt: '2024-10-11T00:30:00+07:00' },
      });
      // The Women's Union on time on the 8th, corrected on the 15th: still on time, and the report shown is the correction.
      expect(o['WU-60']).toMatchObject({
        status: 'ON_TIME',
        submitter: { name: 'Hội Liên hiệp Phụ nữ tỉnh Bình Thuận' },
        report: {
          id: STORY_REPORT_IDS.wu60Correction,
          submittedAt: '2024-10-15T10:00:00+07:00',
          title: 'Báo cáo kết quả công tác dân vận quý III năm 2024 (bổ sung, điều chỉnh)',
        },
      });
      // The Veterans Association sent nothing.
      expect(o['VA-60']).toMatchObject({ status: 'OVERDUE', submitter: { name: 'Hội Cựu chiến binh tỉnh Bình Thuận' }, report: null });
      // The police's urgent report of 2024-08-20 counts for nothing; its periodic one of the 9th does.
      expect(o['POL-60']).toMatchObject({
        status: 'ON_TIME',
        submitter: { __typename: 'ArmedUnit', name: 'Công an tỉnh Bình Thuận' },
        report: { submittedAt: '2024-10-09T16:00:00+07:00' },
      });
      expect(o['POL-60'].report!.id).not.toBe(STORY_REPORT_IDS.pol60Urgent);
      // Two district committees: Tánh Linh silent, Phú Quí on the 12th.
      expect(o['PC-599']).toMatchObject({
        rule: 'SUBORDINATE_COMMITTEE',
        status: 'OVERDUE',
        submitter: { name: 'Huyện ủy Tánh Linh' },
        report: null,
      });
      expect(o['PC-602']).toMatchObject({
        rule: 'SUBORDINATE_COMMITTEE',
        status: 'LATE',
        submitter: { name: 'Huyện ủy Phú Quí' },
        report: { submittedAt: '2024-10-12T09:00:00+07:00' },
      });
    });
  });

  it('district 596 (Bắc Bình): its 9 organizations and 18 commune committees, copy to its commission', async () => {
    const result = await compliance('596', '2024-10-20');
    // Late: TU-596 (the 16th), PC-23035 (the 11th). Overdue: YU-596 (none), PC-23047
    // (none), PC-23056 (the 22nd, after the as-of date). The other 22 on time; 22 / 27.
    expect(result).toMatchObject({ onTime: 22, late: 2, overdue: 3, notYetDue: 0 });
    expect(result.complianceRate).toBeCloseTo(22 / 27, 12);
    expect(result.obligations.filter((o) => o.rule === 'UNIT_ORGANIZATION')).toHaveLength(9);
    expect(result.obligations.filter((o) => o.rule === 'SUBORDINATE_COMMITTEE')).toHaveLength(18);
    expect(result.obligations.every((o) => o.recipient.id === 'PC-596' && o.copyTo?.id === 'MMC-596' && o.dueOn === '2024-10-10')).toBe(
      true,
    );
    expect(statuses(result.obligations)).toMatchObject({
      'PCOM-596': 'ON_TIME',
      'TU-596': 'LATE',
      'YU-596': 'OVERDUE',
      'FU-596': 'ON_TIME', // corrected on the 18th
      'WU-596': 'ON_TIME', // 16:45 on the due date
      'POL-596': 'ON_TIME', // its urgent report of 2024-09-05 does not count
      'PC-23035': 'LATE',
      'PC-23047': 'OVERDUE',
      'PC-23056': 'OVERDUE',
    });
    expect(bySubmitter(result.obligations)['FU-596'].report!.id).toBe(STORY_REPORT_IDS.fu596Correction);
  });

  it('commune 23035 (Phan Hòa): eight organizations, no commission to copy', async () => {
    const result = await compliance('23035', '2024-10-20');
    // No Trade Union and no committee below a commune. Late: FU-23035 (the 12th);
    // overdue: VA-23035 (the 21st, after the as-of date); 6 on time; 6 / 8.
    expect(result).toMatchObject({ onTime: 6, late: 1, overdue: 1, notYetDue: 0, complianceRate: 0.75 });
    expect(result.obligations.map((o) => o.submitter.id)).toEqual([
      'PCOM-23035',
      'VFF-23035',
      'FU-23035',
      'WU-23035',
      'YU-23035',
      'VA-23035',
      'MC-23035',
      'POL-23035',
    ]);
    expect(result.obligations.every((o) => o.recipient.id === 'PC-23035' && o.copyTo === null)).toBe(true);
    expect(bySubmitter(result.obligations)['VFF-23035']).toMatchObject({
      status: 'ON_TIME',
      report: { submittedAt: '2024-10-10T20:00:00+07:00' },
    });
  });

  describe('NOT_YET_DUE until the end of the due date, OVERDUE the day after', () => {
    it('as of the due date, 2024-10-10: the five not yet in are not due', async () => {
      const result = await compliance('60', '2024-10-10');
      // FU-60 (00:30 on the 11th), YU-60 (the 14th), VA-60 (none), PC-599 (none), PC-602 (the 12th).
      expect(result).toMatchObject({ onTime: 15, late: 0, overdue: 0, notYetDue: 5, complianceRate: 1 });
      expect(statuses(result.obligations)).toMatchObject({
        'PCOM-60': 'ON_TIME',
        'FU-60': 'NOT_YET_DUE',
        'YU-60': 'NOT_YET_DUE',
        'VA-60': 'NOT_YET_DUE',
        'PC-599': 'NOT_YET_DUE',
        'PC-602': 'NOT_YET_DUE',
      });
      // The Women's Union's correction came on the 15th: as of the 10th its first report is shown.
      expect(bySubmitter(result.obligations)['WU-60'].report!.id).toBe(STORY_REPORT_IDS.wu60Original);
    });

    it('as of 2024-10-11: FU-60 came in late, the other four are overdue', async () => {
      const result = await compliance('60', '2024-10-11');
      expect(result).toMatchObject({ onTime: 15, late: 1, overdue: 4, notYetDue: 0, complianceRate: 0.75 });
      expect(statuses(result.obligations)).toMatchObject({
        'FU-60': 'LATE',
        'YU-60': 'OVERDUE',
        'VA-60': 'OVERDUE',
        'PC-599': 'OVERDUE',
        'PC-602': 'OVERDUE',
      });
    });
  });

  describe('a party committee reports to the committee of the unit above (rule 2)', () => {
    it("Bắc Bình's committee to Bình Thuận's, copy to Bình Thuận's commission", async () => {
      const { data, errors } = await services.queryGateway(/* GraphQL */ `
        query {
          partyCommittee(id: "PC-596") {
            name
            parent {
              id
              name
              commission {
                id
              }
            }
          }
        }
      `);
      expect(errors).toBeUndefined();
      expect(data!.partyCommittee).toEqual({
        name: 'Huyện ủy Bắc Bình',
        parent: { id: 'PC-60', name: 'Tỉnh ủy Bình Thuận', commission: { id: 'MMC-60' } },
      });
      const o = bySubmitter((await compliance('60', '2024-10-20')).obligations)['PC-596'];
      expect(o).toEqual({
        rule: 'SUBORDINATE_COMMITTEE',
        status: 'ON_TIME',
        dueOn: '2024-10-10',
        submitter: { __typename: 'PartyCommittee', id: 'PC-596', name: 'Huyện ủy Bắc Bình' },
        recipient: { id: 'PC-60' },
        copyTo: { id: 'MMC-60' },
        report: {
          id: expect.any(String),
          title: 'Báo cáo tình hình nhân dân và công tác dân vận quý III năm 2024',
          submittedAt: '2024-10-09T15:00:00+07:00',
        },
      });
    });

    it("a commune's committee to its district's, whose commission gets the copy", async () => {
      const o = bySubmitter((await compliance('596', '2024-10-20')).obligations)['PC-23035'];
      expect(o).toMatchObject({
        rule: 'SUBORDINATE_COMMITTEE',
        status: 'LATE',
        submitter: { __typename: 'PartyCommittee', name: 'Đảng ủy xã Phan Hòa' },
        recipient: { id: 'PC-596' },
        copyTo: { id: 'MMC-596' },
        report: { submittedAt: '2024-10-11T08:00:00+07:00' },
      });
    });

    it('the provincial committees to the Central Committee, copy to the Central Commission; no rule 1 at the nation', async () => {
      const result = await compliance('VN', '2024-10-20');
      // The demo's seven provinces of 2024 (seed/demo.ts), in id order.
      expect(result.obligations.map((o) => [o.rule, o.submitter.id, o.recipient.id, o.copyTo?.id])).toEqual(
        [...THREE_LEVEL_PROVINCES].sort().map((code) => ['SUBORDINATE_COMMITTEE', `PC-${code}`, 'PC-VN', 'MMC-VN']),
      );
      // From 2025-07-01 the three provinces they formed, with committees of their own.
      const after = await compliance('VN', '2026-12-01', { year: 2026, frequency: 'QUARTERLY', index: 1 });
      expect(after.obligations.map((o) => [o.rule, o.submitter.id, o.recipient.id, o.copyTo?.id])).toEqual(
        [...TWO_LEVEL_PROVINCES].sort().map((code) => ['SUBORDINATE_COMMITTEE', `PC-${code}-2025`, 'PC-VN', 'MMC-VN']),
      );
    });
  });
});

describe('scenario 5: statistics, the party part', () => {
  const STATISTICS = /* GraphQL */ `
    query Statistics($code: ID!, $from: Date!, $to: Date!, $asOf: Date) {
      administrativeUnit(code: $code) {
        statistics(from: $from, to: $to) {
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
          reportingByFamily(asOf: $asOf) {
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

  async function statistics(code: string, from: string, to: string, asOf?: string) {
    const { data, errors } = await services.queryGateway(STATISTICS, { code, from, to, asOf });
    expect(errors).toBeUndefined();
    return data!.administrativeUnit.statistics;
  }

  const sql = (query: string, params: unknown[] = []) => services.subgraphs.party!.db.query(query, params);

  it('province 60, 2024: models by kind, field and year as the party database counts them', async () => {
    const result = await statistics('60', '2024-01-01', '2024-12-31', '2024-10-20');
    expect(result).toMatchObject({ unitCode: '60', from: '2024-01-01', to: '2024-12-31' });
    const count = (column: string, order: string) =>
      sql(
        `SELECT ${column} AS value, count(*)::int AS models FROM mobilization_model
          WHERE unit_path LIKE '/VN/60/%' AND year = 2024 GROUP BY 1 ORDER BY ${order}`,
      ) as Promise<{ value: string | number; models: number }[]>;
    // Enum order, then year order; values without a model are left out (GROUP BY gives none).
    const kinds = await count('kind', `array_position(ARRAY['COLLECTIVE', 'INDIVIDUAL'], kind)`);
    const fields = await count(
      'field',
      `array_position(ARRAY['ECONOMIC', 'CULTURAL_SOCIAL', 'DEFENCE_SECURITY', 'POLITICAL_SYSTEM'], field)`,
    );
    const years = await count('year', 'year');
    expect(result.modelsByKind).toEqual(kinds.map((r) => ({ kind: r.value, models: r.models })));
    expect(result.modelsByField).toEqual(fields.map((r) => ({ field: r.value, models: r.models })));
    expect(result.modelsByYear).toEqual(years.map((r) => ({ year: r.value, models: r.models })));
    expect(result.modelsByYear.length).toBe(1);
    const [{ total }] = await sql(`SELECT count(*)::int AS total FROM mobilization_model WHERE unit_path LIKE '/VN/60/%' AND year = 2024`);
    expect(result.modelsByKind.reduce((s: number, r: { models: number }) => s + r.models, 0)).toBe(total);
  });

  it('province 60, 2019-2025: every year of the demo, in order', async () => {
    const result = await statistics('60', '2019-01-01', '2025-12-31', '2024-10-20');
    const years = await sql(
      `SELECT year, count(*)::int AS models FROM mobilization_model WHERE unit_path LIKE '/VN/60/%' GROUP BY year ORDER BY year`,
    );
    expect(result.modelsByYear).toEqual(years);
    expect(years.length).toBeGreaterThan(1);
  });

  describe('reporting by family, province 60, 2024 by quarter', () => {
    it('as of 2024-10-20: the obligations counted by hand, the statuses the sum of reportingCompliance over every unit', async () => {
      const { reportingByFamily } = await statistics('60', '2024-01-01', '2024-12-31', '2024-10-20');
      // Four quarters end in 2024. Each quarter, in province 60 (10 districts, 121 communes,
      // data/administrative-units.csv), the reporting organizations are:
      // PARTY, rule 2: the committees below the province, 10 + 121 = 131;
      // STATE, rule 1: a People's Committee in each of the 1 + 10 + 121 units = 132;
      // FRONT: the Front and five organizations in the province and each district, the
      //   Front and four in each commune (no Trade Union): 6 × 11 + 5 × 121 = 671;
      // ARMED_FORCES: border guard, military command and police of the province, military
      //   command and police of each district and commune: 3 + 2 × 10 + 2 × 121 = 265.
      // Q4 (due 2025-01-10) is not yet due on 2024-10-20, and only Q4.
      expect(reportingByFamily.map((f: FamilyFigures) => [f.family, f.obligations, f.notYetDue])).toEqual([
        ['PARTY', 524, 131],
        ['STATE', 528, 132],
        ['FRONT', 2684, 671],
        ['ARMED_FORCES', 1060, 265],
      ]);
      expect(reportingByFamily).toEqual(await summedCompliance('60', '2024-10-20'));
    });

    it('as of today (asOf omitted): everything due, and again the sum of reportingCompliance', async () => {
      const { data, errors } = await services.queryGateway(/* GraphQL */ `
        query {
          administrativeUnit(code: "60") {
            statistics(from: "2024-01-01", to: "2024-12-31") {
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
              reportingByFamily {
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
      `);
      expect(errors).toBeUndefined();
      const { reportingByFamily } = data!.administrativeUnit.statistics;
      expect(reportingByFamily.map((f: FamilyFigures) => [f.family, f.obligations, f.notYetDue])).toEqual([
        ['PARTY', 524, 0],
        ['STATE', 528, 0],
        ['FRONT', 2684, 0],
        ['ARMED_FORCES', 1060, 0],
      ]);
      // Every obligation was due long ago: each is on time, late or overdue (the seed has reports of
      // every period, Q4 2024 included, so how many are overdue is for the cross-check below).
      for (const f of reportingByFamily as FamilyFigures[]) expect(f.onTime + f.late + f.overdue).toBe(f.obligations);
      const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
      expect(reportingByFamily).toEqual(await summedCompliance('60', today));
    });
  });

  it('commune 23035, 2024 Q3, as of 2024-10-20: counted by hand', async () => {
    const { reportingByFamily } = await statistics('23035', '2024-07-01', '2024-09-30', '2024-10-20');
    // STATE: PCOM-23035 on time. FRONT: VFF, WU, YU on time, FU late (the 12th), VA
    // overdue (the 21st). ARMED_FORCES: MC and POL on time. No committee below a commune.
    expect(reportingByFamily).toEqual([
      { family: 'STATE', obligations: 1, onTime: 1, late: 0, overdue: 0, notYetDue: 0, complianceRate: 1 },
      { family: 'FRONT', obligations: 5, onTime: 3, late: 1, overdue: 1, notYetDue: 0, complianceRate: 0.6 },
      { family: 'ARMED_FORCES', obligations: 2, onTime: 2, late: 0, overdue: 0, notYetDue: 0, complianceRate: 1 },
    ]);
  });

  it('costs the party the same statements for the 17 districts of Gia Lai as for the 10 of Bình Thuận', async () => {
    const DISTRICTS = /* GraphQL */ `
      query Districts($code: ID!) {
        administrativeUnit(code: $code) {
          children {
            code
            statistics(from: "2024-01-01", to: "2024-12-31") {
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
              reportingByFamily(asOf: "2024-10-20") {
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
      }
    `;
    const counts: Record<string, { districts: number; statements: number }> = {};
    for (const code of ['60', '64']) {
      // A first run warms what is cached per process (prepared plans, metadata), not per request.
      await services.queryGateway(DISTRICTS, { code });
      let districts = 0;
      const statements = await services.countStatements(async () => {
        const { data, errors } = await services.queryGateway(DISTRICTS, { code });
        expect(errors).toBeUndefined();
        districts = data!.administrativeUnit.children.length;
        // Every district owes reports in every family, so the reporting figures really ran for each.
        expect(data!.administrativeUnit.children.every((d: any) => d.statistics.reportingByFamily.length === 4)).toBe(true);
      });
      counts[code] = { districts, statements: statements.party };
    }
    // One statement for the models of every district, one for their reporting.
    expect(counts).toEqual({ '60': { districts: 10, statements: 2 }, '64': { districts: 17, statements: 2 } });
  });
});

/**
 * The cross-check of `reportingByFamily` for province 60 and 2024 by quarter, through
 * the gateway: `reportingCompliance` of the province, each district and each commune,
 * for each quarter, as of `asOf`, summed by the family of the submitter.
 */
async function summedCompliance(code: string, asOf: string) {
  const SUBTREE = /* GraphQL */ `
    query Subtree($code: ID!, $period: PeriodInput!, $asOf: Date) {
      administrativeUnit(code: $code) {
        ...Compliance
        children {
          ...Compliance
          children {
            ...Compliance
          }
        }
      }
    }
    fragment Compliance on AdministrativeUnit {
      code
      reportingCompliance(period: $period, asOf: $asOf) {
        obligations {
          status
          submitter {
            __typename
          }
        }
      }
    }
  `;
  type Unit = {
    code: string;
    reportingCompliance: { obligations: { status: string; submitter: { __typename: string } }[] };
    children?: Unit[];
  };
  const FAMILY: Record<string, string> = {
    PartyCommittee: 'PARTY',
    StateAgency: 'STATE',
    FrontOrganization: 'FRONT',
    ArmedUnit: 'ARMED_FORCES',
  };
  const FIELD: Record<string, 'onTime' | 'late' | 'overdue' | 'notYetDue'> = {
    ON_TIME: 'onTime',
    LATE: 'late',
    OVERDUE: 'overdue',
    NOT_YET_DUE: 'notYetDue',
  };
  const totals = new Map<
    string,
    { family: string; obligations: number; onTime: number; late: number; overdue: number; notYetDue: number }
  >();
  let units = 0;
  for (const index of [1, 2, 3, 4]) {
    const { data, errors } = await services.queryGateway(SUBTREE, { code, period: { year: 2024, frequency: 'QUARTERLY', index }, asOf });
    expect(errors).toBeUndefined();
    const all: Unit[] = [];
    const walk = (unit: Unit) => {
      all.push(unit);
      unit.children?.forEach(walk);
    };
    walk(data!.administrativeUnit);
    units = all.length;
    for (const unit of all) {
      for (const { status, submitter } of unit.reportingCompliance.obligations) {
        const family = FAMILY[submitter.__typename];
        const figures = totals.get(family) ?? { family, obligations: 0, onTime: 0, late: 0, overdue: 0, notYetDue: 0 };
        figures.obligations += 1;
        figures[FIELD[status]] += 1;
        totals.set(family, figures);
      }
    }
  }
  // The province, its 10 districts and its 121 communes.
  expect(units).toBe(132);
  return ['PARTY', 'STATE', 'FRONT', 'ARMED_FORCES'].flatMap((family) => {
    const figures = totals.get(family);
    if (!figures) return [];
    const due = figures.onTime + figures.late + figures.overdue;
    return [{ ...figures, complianceRate: due === 0 ? null : figures.onTime / due }];
  });
}
