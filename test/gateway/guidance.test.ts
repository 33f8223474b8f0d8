import { randomUUID } from 'node:crypto';
import { Services, tokenFor } from '../support/services';

/**
 * Reporting guidance (design section 4, issue 10), through the gateway on the demo
 * data: the Central Commission's guidance from 2025-01-01 (a month that ends several
 * periods owes only the broadest report), Lâm Đồng's own from 2026-01-01 (quarters due
 * in 7 days and the year in 15, Decree 09's days), and one set here for Hải Phòng from
 * the middle of a quarter. The expected periods are written out by hand.
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start(undefined, { databaseSuffix: 'guidance' });
});

afterAll(async () => {
  await services?.stop();
});

const COMPLIANCE = /* GraphQL */ `
  query ($code: ID!, $asOf: Date, $period: PeriodInput!) {
    administrativeUnit(code: $code, asOf: $asOf) {
      reportingCompliance(period: $period, asOf: "2026-12-01") {
        owed
        coveredFrom
        coveredTo
        guidance {
          commission {
            id
          }
          basis
        }
        obligations {
          dueOn
          submitter {
            ... on StateAgency {
              id
            }
          }
        }
      }
    }
  }
`;

type Frequency = 'MONTHLY' | 'QUARTERLY' | 'SEMI_ANNUAL' | 'NINE_MONTHS' | 'ANNUAL';
const PERIODS_OF_A_YEAR: [Frequency, number | null][] = [
  ...Array.from({ length: 12 }, (_, i): [Frequency, number] => ['MONTHLY', i + 1]),
  ...Array.from({ length: 4 }, (_, i): [Frequency, number] => ['QUARTERLY', i + 1]),
  ['SEMI_ANNUAL', 1],
  ['SEMI_ANNUAL', 2],
  ['NINE_MONTHS', null],
  ['ANNUAL', null],
];
const label = (year: number, frequency: Frequency, index: number | null) =>
  ({
    MONTHLY: `${year}-M${String(index).padStart(2, '0')}`,
    QUARTERLY: `${year}-Q${index}`,
    SEMI_ANNUAL: `${year}-H${index}`,
    NINE_MONTHS: `${year}-9M`,
    ANNUAL: `${year}`,
  })[frequency];

/** The periods of a year for which the People's Committee of the unit owes a report, with their due days. */
async function owedByPeoplesCommittee(code: string, year: number, committee: string): Promise<Record<string, string>> {
  const owed: Record<string, string> = {};
  for (const [frequency, index] of PERIODS_OF_A_YEAR) {
    const { data, errors } = await services.queryGateway(COMPLIANCE, { code, period: { year, frequency, index } });
    expect(errors).toBeUndefined();
    const compliance = data!.administrativeUnit.reportingCompliance;
    const mine = compliance.obligations.find((o: { submitter: { id?: string } }) => o.submitter.id === committee);
    expect(compliance.owed).toBe(mine !== undefined);
    if (mine) owed[label(year, frequency, index)] = mine.dueOn;
  }
  return owed;
}

describe('which periods an organization owes in a year', () => {
  it('owes all twenty in 2024, before any guidance: the regulation', async () => {
    expect(Object.keys(await owedByPeoplesCommittee('60', 2024, 'PCOM-60'))).toHaveLength(20);
  });

  it("owes twelve in 2026 under the Central Commission's guidance (Hải Phòng): the broadest report of a period-end month", async () => {
    expect(await owedByPeoplesCommittee('31', 2026, 'PCOM-31-2025')).toEqual({
      '2026-M01': '2026-02-05',
      '2026-M02': '2026-03-05',
      '2026-Q1': '2026-04-10',
      '2026-M04': '2026-05-05',
      '2026-M05': '2026-06-05',
      '2026-H1': '2026-07-15',
      '2026-M07': '2026-08-05',
      '2026-M08': '2026-09-05',
      '2026-9M': '2026-10-15',
      '2026-M10': '2026-11-05',
      '2026-M11': '2026-12-05',
      '2026': '2027-01-20',
    });
  });

  it("owes four in 2026 under Lâm Đồng's own guidance: the quarters due in 7 days, the year (not the fourth quarter) in 15", async () => {
    expect(await owedByPeoplesCommittee('68', 2026, 'PCOM-68-2025')).toEqual({
      '2026-Q1': '2026-04-07',
      '2026-Q2': '2026-07-07',
      '2026-Q3': '2026-10-07',
      '2026': '2027-01-15',
    });
  });

  it("says whose guidance applies and which days the figures cover (Lâm Đồng: Decree 09/2019/NĐ-CP's)", async () => {
    const { data } = await services.queryGateway(COMPLIANCE, { code: '23005', period: { year: 2026, frequency: 'QUARTERLY', index: 1 } });
    expect(data!.administrativeUnit.reportingCompliance).toMatchObject({
      owed: true,
      coveredFrom: '2025-12-15',
      coveredTo: '2026-03-14',
      guidance: { commission: { id: 'MMC-68-2025' }, basis: 'guidance of MMC-68-2025 for /VN/68/ and below, from 2026-01-01' },
    });
    const haiPhong = await services.queryGateway(COMPLIANCE, { code: '31', period: { year: 2026, frequency: 'QUARTERLY', index: 1 } });
    expect(haiPhong.data!.administrativeUnit.reportingCompliance).toMatchObject({
      coveredFrom: '2026-01-01',
      coveredTo: '2026-03-31',
      guidance: { commission: { id: 'MMC-VN' } },
    });
  });

  it("counts the figures by family under the same guidance: Lâm Đồng's 2026 quarters are Q1 to Q3, each the sum of its units' compliance", async () => {
    const { data, errors } = await services.queryGateway(/* GraphQL */ `
      {
        administrativeUnit(code: "68", asOf: "2026-11-30") {
          statistics(from: "2026-01-01", to: "2026-11-30") {
            reportingByFamily(frequency: QUARTERLY, asOf: "2026-12-01") {
              obligations
            }
          }
          q1: reportingCompliance(period: { year: 2026, frequency: QUARTERLY, index: 1 }, asOf: "2026-12-01") {
            obligations {
              dueOn
            }
          }
          q2: reportingCompliance(period: { year: 2026, frequency: QUARTERLY, index: 2 }, asOf: "2026-12-01") {
            obligations {
              dueOn
            }
          }
          q3: reportingCompliance(period: { year: 2026, frequency: QUARTERLY, index: 3 }, asOf: "2026-12-01") {
            obligations {
              dueOn
            }
          }
          children {
            q1: reportingCompliance(period: { year: 2026, frequency: QUARTERLY, index: 1 }, asOf: "2026-12-01") {
              obligations {
                dueOn
              }
            }
            q2: reportingCompliance(period: { year: 2026, frequency: QUARTERLY, index: 2 }, asOf: "2026-12-01") {
              obligations {
                dueOn
              }
            }
            q3: reportingCompliance(period: { year: 2026, frequency: QUARTERLY, index: 3 }, asOf: "2026-12-01") {
              obligations {
                dueOn
              }
            }
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    const unit = data!.administrativeUnit;
    const count = (u: Record<string, { obligations: unknown[] }>) =>
      u.q1.obligations.length + u.q2.obligations.length + u.q3.obligations.length;
    const byFamily = unit.statistics.reportingByFamily.reduce((sum: number, f: { obligations: number }) => sum + f.obligations, 0);
    expect(byFamily).toBe(count(unit) + unit.children.reduce((sum: number, child: any) => sum + count(child), 0));
    expect(byFamily).toBeGreaterThan(0);
  });
});

describe('setReportingGuidance', () => {
  const SET = /* GraphQL */ `
    mutation ($input: SetReportingGuidanceInput!) {
      setReportingGuidance(input: $input) {
        commission {
          id
        }
        takesEffectOn
        frequencies
        dueDays {
          frequency
          days
        }
        broadestOnly
        coverage
      }
    }
  `;
  const GUIDANCE = /* GraphQL */ `
    query ($startsOn: Date) {
      administrativeUnit(code: "31") {
        reportingGuidance(startsOn: $startsOn) {
          commission {
            id
          }
          frequencies
        }
      }
    }
  `;
  const HAI_PHONG = 'MMC-31-2025';
  const editorOf = (type: 'MassMobilizationCommission' | 'PartyCommittee', id: string, roles: ('reader' | 'editor')[] = ['editor']) =>
    tokenFor({ org: { type, id }, roles });
  const key = `guidance-${randomUUID()}`;
  const input = (overrides: Record<string, unknown> = {}) => ({
    commissionId: HAI_PHONG,
    // In the middle of the second quarter: the periods that began before keep the Central guidance.
    takesEffectOn: '2026-05-15',
    frequencies: ['MONTHLY'],
    dueDays: [{ frequency: 'MONTHLY', days: 3 }],
    broadestOnly: false,
    idempotencyKey: key,
    ...overrides,
  });
  const set = async (token: string, overrides: Record<string, unknown> = {}) =>
    services.queryGateway(SET, { input: input(overrides) }, token);
  const stored = () =>
    services.subgraphs.party!.db.query(`SELECT count(*)::int AS n FROM reporting_guidance WHERE commission_id = $1`, [HAI_PHONG]);

  it('refuses a reader, and an editor of another province, writing nothing', async () => {
    for (const token of [
      await editorOf('MassMobilizationCommission', HAI_PHONG, ['reader']),
      await editorOf('MassMobilizationCommission', 'MMC-68-2025'),
    ]) {
      const { errors } = await set(token, { idempotencyKey: randomUUID() });
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await stored()).toEqual([{ n: 0 }]);
  });

  it.each([
    [{ frequencies: [] }, 'input.frequencies'],
    [{ frequencies: ['MONTHLY', 'MONTHLY'] }, 'input.frequencies'],
    [{ dueDays: [] }, 'input.dueDays'],
    [{ dueDays: [{ frequency: 'MONTHLY', days: 0 }] }, 'input.dueDays[0].days'],
    [
      {
        dueDays: [
          { frequency: 'MONTHLY', days: 3 },
          { frequency: 'ANNUAL', days: 10 },
        ],
      },
      'input.dueDays[1].frequency',
    ],
    [{ takesEffectOn: '1999-12-31' }, 'input.takesEffectOn'],
  ])('refuses %j as BAD_USER_INPUT naming %s, writing nothing', async (overrides, field) => {
    const { errors } = await set(await editorOf('MassMobilizationCommission', HAI_PHONG), { ...overrides, idempotencyKey: randomUUID() });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(await stored()).toEqual([{ n: 0 }]);
  });

  it("refuses an ended commission's guidance, naming its successor", async () => {
    const { errors } = await set(await editorOf('PartyCommittee', 'PC-VN'), { commissionId: 'MMC-30', idempotencyKey: randomUUID() });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.commissionId' } });
    expect(errors![0].message).toMatch(/MMC-30 ended on 2025-06-30; carried on by MMC-31-2025/);
  });

  it('sets it for the province from the day it takes effect, audited, once for a retry; a period that began before keeps the old', async () => {
    const token = await editorOf('PartyCommittee', 'PC-31-2025');
    const first = await set(token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.setReportingGuidance).toEqual({
      commission: { id: HAI_PHONG },
      takesEffectOn: '2026-05-15',
      frequencies: ['MONTHLY'],
      dueDays: [{ frequency: 'MONTHLY', days: 3 }],
      broadestOnly: false,
      coverage: 'CALENDAR',
    });
    expect((await set(token)).data).toEqual(first.data);
    expect(await stored()).toEqual([{ n: 1 }]);
    const audit = await services.subgraphs.party!.db.query(
      `SELECT actor_organization_id, owner_organization_id FROM audit_entry WHERE operation = 'setReportingGuidance' AND owner_organization_id = $1`,
      [HAI_PHONG],
    );
    expect(audit).toEqual([{ actor_organization_id: 'PC-31-2025', owner_organization_id: HAI_PHONG }]);

    const guidanceOn = async (startsOn: string) =>
      (await services.queryGateway(GUIDANCE, { startsOn })).data!.administrativeUnit.reportingGuidance;
    expect(await guidanceOn('2026-05-01')).toEqual({
      commission: { id: 'MMC-VN' },
      frequencies: ['MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'NINE_MONTHS', 'ANNUAL'],
    });
    expect(await guidanceOn('2026-06-01')).toEqual({ commission: { id: HAI_PHONG }, frequencies: ['MONTHLY'] });

    // Hand-counted: the periods that began before 2026-05-15 under the Central guidance, the later ones under Hải Phòng's.
    const owed = await owedByPeoplesCommittee('31', 2026, 'PCOM-31-2025');
    expect(owed).toEqual({
      '2026-M01': '2026-02-05',
      '2026-M02': '2026-03-05',
      '2026-Q1': '2026-04-10',
      '2026-M04': '2026-05-05',
      '2026-M05': '2026-06-05',
      '2026-H1': '2026-07-15',
      '2026-9M': '2026-10-15',
      '2026': '2027-01-20',
      // From June, every month, due in 3 days; no quarter or half that begins after it.
      '2026-M06': '2026-07-03',
      '2026-M07': '2026-08-03',
      '2026-M08': '2026-09-03',
      '2026-M09': '2026-10-03',
      '2026-M10': '2026-11-03',
      '2026-M11': '2026-12-03',
      '2026-M12': '2027-01-03',
    });
  });
});
