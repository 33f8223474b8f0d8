import { THREE_LEVEL_PROVINCES, TWO_LEVEL_PROVINCES } from '../../seed/demo';
import { demoObligations, STORY_REPORT_IDS } from '../../seed/party/reports';
import { describePeriod } from '../../subgraphs/party/reporting/periods';
import { Services } from '../support/services';
import { districtsOf, ORGANIZATION, unitRepresentation, SEEDING_TIMEOUT_MS } from './support';

/**
 * `AdministrativeUnit.reportingCompliance` over HTTP, fed the `@requires` fields the
 * gateway would pass, on the seeded Q3 2024 stories (seed/party/index.ts). The units of
 * the stories are viewed on 2025-06-30, their last day (`unitRepresentation`'s default);
 * the two-level era's units from 2025-07-01 on.
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start(['party']);
}, SEEDING_TIMEOUT_MS);

afterAll(async () => {
  await services?.stop();
});

const COMPLIANCE = /* GraphQL */ `
  query Compliance($representations: [_Any!]!, $period: PeriodInput!, $asOf: Date) {
    _entities(representations: $representations) {
      ... on AdministrativeUnit {
        code
        reportingCompliance(period: $period, asOf: $asOf) {
          period { label startsOn endsOn }
          asOf
          recipient { id }
          onTime late overdue notYetDue complianceRate
          obligations {
            rule dueOn status
            submitter { ${ORGANIZATION} }
            recipient { id }
            copyTo { id }
            report { id title submittedAt corrects { id } }
          }
        }
      }
    }
  }
`;

const Q3 = { year: 2024, frequency: 'QUARTERLY', index: 3 };

interface Obligation {
  rule: string;
  dueOn: string;
  status: string;
  submitter: { __typename: string; id: string; name?: string };
  recipient: { id: string };
  copyTo: { id: string } | null;
  report: { id: string; title: string; submittedAt: string; corrects: { id: string } | null } | null;
}

async function complianceOf(codes: string[], asOf: string | null, period: Record<string, unknown> = Q3, viewedOn?: string) {
  const { data, errors } = await services.querySubgraph('party', COMPLIANCE, {
    representations: codes.map((code) => unitRepresentation(code, viewedOn)),
    period,
    asOf,
  });
  expect(errors).toBeUndefined();
  return data!._entities as { code: string; reportingCompliance: Record<string, any> & { obligations: Obligation[] } }[];
}

const statusOf = (obligations: Obligation[]) => Object.fromEntries(obligations.map((o) => [o.submitter.id, o.status]));

describe('province 60 (Bình Thuận), Q3 2024, as of 2024-10-20', () => {
  let result: Awaited<ReturnType<typeof complianceOf>>[number]['reportingCompliance'];

  beforeAll(async () => {
    [{ reportingCompliance: result }] = await complianceOf(['60'], '2024-10-20');
  });

  it('has the totals of the story: 15 on time, 3 late, 2 overdue, rate 0.75', () => {
    expect(result).toMatchObject({
      period: { label: '2024-Q3', startsOn: '2024-07-01', endsOn: '2024-09-30' },
      asOf: '2024-10-20',
      recipient: { id: 'PC-60' },
      onTime: 15,
      late: 3,
      overdue: 2,
      notYetDue: 0,
      complianceRate: 0.75,
    });
    expect(result.obligations).toHaveLength(20);
  });

  it('lists rule 1 (state, front, armed units of the tier) then rule 2 (the district committees)', () => {
    expect(result.obligations.map((o) => [o.rule, o.submitter.__typename, o.submitter.id])).toEqual([
      ['UNIT_ORGANIZATION', 'StateAgency', 'PCOM-60'],
      ...['VFF-60', 'TU-60', 'FU-60', 'WU-60', 'YU-60', 'VA-60'].map((id) => ['UNIT_ORGANIZATION', 'FrontOrganization', id]),
      ...['BG-60', 'MC-60', 'POL-60'].map((id) => ['UNIT_ORGANIZATION', 'ArmedUnit', id]),
      ...['593', '594', '595', '596', '597', '598', '599', '600', '601', '602'].map((code) => [
        'SUBORDINATE_COMMITTEE',
        'PartyCommittee',
        `PC-${code}`,
      ]),
    ]);
    for (const obligation of result.obligations) {
      expect(obligation).toMatchObject({ recipient: { id: 'PC-60' }, copyTo: { id: 'MMC-60' }, dueOn: '2024-10-10' });
    }
    expect(result.obligations.find((o) => o.submitter.id === 'PC-596')!.submitter.name).toBe('Huyện ủy Bắc Bình');
  });

  it('decides each status by the first periodic report', () => {
    expect(statusOf(result.obligations)).toEqual({
      'PCOM-60': 'ON_TIME', // 23:30 on the due date
      'VFF-60': 'ON_TIME',
      'TU-60': 'ON_TIME',
      'FU-60': 'LATE', // 00:30 the next day
      'WU-60': 'ON_TIME', // corrected later: still on time
      'YU-60': 'LATE',
      'VA-60': 'OVERDUE',
      'BG-60': 'ON_TIME',
      'MC-60': 'ON_TIME',
      'POL-60': 'ON_TIME', // its urgent report of 2024-08-20 counts for nothing
      'PC-593': 'ON_TIME',
      'PC-594': 'ON_TIME',
      'PC-595': 'ON_TIME',
      'PC-596': 'ON_TIME',
      'PC-597': 'ON_TIME',
      'PC-598': 'ON_TIME',
      'PC-599': 'OVERDUE',
      'PC-600': 'ON_TIME',
      'PC-601': 'ON_TIME',
      'PC-602': 'LATE',
    });
    const byId = Object.fromEntries(result.obligations.map((o) => [o.submitter.id, o]));
    expect(byId['PCOM-60'].report!.submittedAt).toBe('2024-10-10T23:30:00+07:00');
    expect(byId['FU-60'].report!.submittedAt).toBe('2024-10-11T00:30:00+07:00');
    expect(byId['VA-60'].report).toBeNull();
  });

  it('shows the correction of a corrected report', () => {
    const wu = result.obligations.find((o) => o.submitter.id === 'WU-60')!;
    expect(wu.report).toMatchObject({
      id: STORY_REPORT_IDS.wu60Correction,
      submittedAt: '2024-10-15T10:00:00+07:00',
      corrects: { id: STORY_REPORT_IDS.wu60Original },
    });
    expect(wu.report!.title).toMatch(/bổ sung, điều chỉnh/);
  });
});

describe('the as-of date', () => {
  it('has nothing overdue on the due date itself', async () => {
    const [{ reportingCompliance: result }] = await complianceOf(['60'], '2024-10-10');
    // Reports submitted by the end of the 10th count; everything else is not yet due.
    expect(result).toMatchObject({ onTime: 15, late: 0, overdue: 0, notYetDue: 5, complianceRate: 1 });
    expect(statusOf(result.obligations)).toMatchObject({ 'PCOM-60': 'ON_TIME', 'FU-60': 'NOT_YET_DUE', 'WU-60': 'ON_TIME' });
    // The correction came on the 15th: as of the 10th the original is the report.
    expect(result.obligations.find((o: Obligation) => o.submitter.id === 'WU-60')!.report!.id).toBe(STORY_REPORT_IDS.wu60Original);
  });

  it('turns missing reports overdue the day after', async () => {
    const [{ reportingCompliance: result }] = await complianceOf(['60'], '2024-10-11');
    expect(statusOf(result.obligations)).toMatchObject({ 'FU-60': 'LATE', 'YU-60': 'OVERDUE', 'VA-60': 'OVERDUE', 'PC-602': 'OVERDUE' });
  });

  it('has no rate before anything is due or sent', async () => {
    const [{ reportingCompliance: result }] = await complianceOf(['60'], '2024-09-30');
    expect(result).toMatchObject({ onTime: 0, late: 0, overdue: 0, notYetDue: 20, complianceRate: null });
  });

  it('defaults to today in Vietnam', async () => {
    const [{ reportingCompliance: result }] = await complianceOf(['60'], null);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    expect(result.asOf).toBe(today);
    // Long past the due date: every obligation is settled one way or the other.
    expect(result.notYetDue).toBe(0);
  });
});

describe('district 596 (Bắc Bình) and commune 23035 (Phan Hòa), Q3 2024', () => {
  it('gives the district its 9 organizations and 18 communes', async () => {
    const [{ reportingCompliance: result }] = await complianceOf(['596'], '2024-10-20');
    expect(result).toMatchObject({ recipient: { id: 'PC-596' }, onTime: 22, late: 2, overdue: 3, notYetDue: 0 });
    expect(result.complianceRate).toBeCloseTo(22 / 27, 10);
    expect(result.obligations.filter((o: Obligation) => o.rule === 'UNIT_ORGANIZATION')).toHaveLength(9);
    expect(result.obligations.filter((o: Obligation) => o.rule === 'SUBORDINATE_COMMITTEE')).toHaveLength(18);
    expect(statusOf(result.obligations)).toMatchObject({
      'TU-596': 'LATE',
      'YU-596': 'OVERDUE',
      'FU-596': 'ON_TIME',
      'PC-23035': 'LATE',
      'PC-23047': 'OVERDUE',
      'PC-23056': 'OVERDUE',
    });
    expect(result.obligations.find((o: Obligation) => o.submitter.id === 'FU-596')!.report!.id).toBe(STORY_REPORT_IDS.fu596Correction);
    expect(result.obligations.every((o: Obligation) => o.copyTo?.id === 'MMC-596')).toBe(true);
  });

  it('counts a report sent after the as-of date once the date moves past it', async () => {
    const [{ reportingCompliance: result }] = await complianceOf(['596'], '2024-10-25');
    expect(result).toMatchObject({ onTime: 22, late: 3, overdue: 2 });
    expect(statusOf(result.obligations)['PC-23056']).toBe('LATE');
  });

  it('gives the commune its 8 organizations, no copy and no subordinate committee', async () => {
    const [{ reportingCompliance: on20 }] = await complianceOf(['23035'], '2024-10-20');
    expect(on20).toMatchObject({ recipient: { id: 'PC-23035' }, onTime: 6, late: 1, overdue: 1, notYetDue: 0, complianceRate: 0.75 });
    expect(on20.obligations.map((o: Obligation) => o.submitter.id)).toEqual([
      'PCOM-23035',
      'VFF-23035',
      'FU-23035',
      'WU-23035',
      'YU-23035',
      'VA-23035',
      'MC-23035',
      'POL-23035',
    ]);
    expect(on20.obligations.every((o: Obligation) => o.copyTo === null)).toBe(true);
    expect(statusOf(on20.obligations)).toMatchObject({ 'VFF-23035': 'ON_TIME', 'FU-23035': 'LATE', 'VA-23035': 'OVERDUE' });
    const [{ reportingCompliance: on21 }] = await complianceOf(['23035'], '2024-10-21');
    expect(on21).toMatchObject({ onTime: 6, late: 2, overdue: 0 });
  });
});

describe('the two-level era: Lâm Đồng (68) and Xã Bắc Bình (23005), 2026-Q3, as of the seed date', () => {
  const PERIOD = { year: 2026, frequency: 'QUARTERLY', index: 3 } as const;
  /** The demo's obligations towards a unit of the two-level era (seed/party/reports.ts, the regime's rules). */
  const expectedOf = (code: string) =>
    demoObligations(describePeriod(PERIOD)).filter((o) => o.recipientUnit.code === code && o.recipientUnit.validFrom !== null);
  /** The reports the demo filed for the period to a committee, on time (by the end of the due date) or late. */
  const filed = async (recipient: string) =>
    (
      await services.subgraphs.party!.db.query(
        `SELECT count(*) FILTER (WHERE submitted_at < '2026-10-08T00:00:00+07:00')::int AS "onTime",
                count(*) FILTER (WHERE submitted_at >= '2026-10-08T00:00:00+07:00')::int AS late
           FROM report WHERE recipient_id = $1 AND kind = 'PERIODIC' AND period_year = 2026 AND period_frequency = 'QUARTERLY' AND period_index = 3`,
        [recipient],
      )
    )[0] as { onTime: number; late: number };

  it("the province: its own organizations and its communes' committees, to its committee with a copy to its commission", async () => {
    const [{ reportingCompliance: result }] = await complianceOf(['68'], '2026-11-30', PERIOD, '2026-11-30');
    const expected = expectedOf('68');
    // Two levels: no district committee in between; every commune committee reports to the province.
    expect(expected.filter((o) => o.rule === 2).map((o) => o.unit.level)).toEqual(
      expected.filter((o) => o.rule === 2).map(() => 'COMMUNE'),
    );
    expect(result.recipient).toEqual({ id: 'PC-68-2025' });
    expect(result.obligations.map((o) => o.submitter.id).sort()).toEqual(expected.map((o) => o.submitterId).sort());
    // Lâm Đồng's 124 communes (data/administrative-units-2025-07-01.csv).
    expect(result.obligations.filter((o) => o.rule === 'SUBORDINATE_COMMITTEE')).toHaveLength(124);
    for (const obligation of result.obligations) {
      expect(obligation).toMatchObject({ recipient: { id: 'PC-68-2025' }, copyTo: { id: 'MMC-68-2025' }, dueOn: '2026-10-07' });
    }
    // No regional defense command reports: it reports through its command.
    expect(result.obligations.some((o) => o.submitter.id.startsWith('RDC-'))).toBe(false);
    const { onTime, late } = await filed('PC-68-2025');
    expect(result).toMatchObject({ onTime, late, overdue: expected.length - onTime - late, notYetDue: 0 });
  });

  it('the commune: its own organizations to its committee, with no copy', async () => {
    const [{ reportingCompliance: result }] = await complianceOf(['23005'], '2026-11-30', PERIOD, '2026-11-30');
    const expected = expectedOf('23005');
    expect(result.recipient).toEqual({ id: 'PC-23005-2025' });
    expect(result.obligations.map((o) => o.submitter.id).sort()).toEqual(expected.map((o) => o.submitterId).sort());
    expect(result.obligations.every((o) => o.rule === 'UNIT_ORGANIZATION' && o.copyTo === null)).toBe(true);
    expect(result.obligations.map((o) => o.submitter.id)).toContain('PCOM-23005-2025');
    const { onTime, late } = await filed('PC-23005-2025');
    expect(result).toMatchObject({ onTime, late, overdue: expected.length - onTime - late, notYetDue: 0 });
  });
});

describe('the nation', () => {
  const nation = {
    __typename: 'AdministrativeUnit',
    code: 'VN',
    level: 'CENTRAL',
    stateAgencies: [],
    frontOrganizations: [],
    armedUnits: [],
  };

  it('has only rule 2: the provincial committees report to the Central Committee, copy to the Central Commission', async () => {
    const { data, errors } = await services.querySubgraph('party', COMPLIANCE, {
      // At the nation the other families' lists are not used (rule 1 does not apply there).
      representations: [nation],
      period: Q3,
      asOf: '2024-10-20',
    });
    expect(errors).toBeUndefined();
    const result = data!._entities[0].reportingCompliance;
    expect(result.recipient).toEqual({ id: 'PC-VN' });
    // The seven provinces of the demo as they stood on 2024-09-30 (seed/demo.ts), by id.
    expect(result.obligations.map((o: Obligation) => [o.rule, o.submitter.id, o.copyTo?.id])).toEqual(
      [...THREE_LEVEL_PROVINCES].sort().map((code) => ['SUBORDINATE_COMMITTEE', `PC-${code}`, 'MMC-VN']),
    );
    expect(result.onTime + result.late + result.overdue).toBe(7);
  });

  it('has the three provinces formed on 2025-07-01 for a later period', async () => {
    const { data, errors } = await services.querySubgraph('party', COMPLIANCE, {
      representations: [nation],
      // Under the Central guidance September owes the nine months' report, not the quarter's.
      period: { year: 2026, frequency: 'NINE_MONTHS' },
      asOf: '2026-10-20',
    });
    expect(errors).toBeUndefined();
    const result = data!._entities[0].reportingCompliance;
    expect(result.obligations.map((o: Obligation) => [o.rule, o.submitter.id, o.copyTo?.id])).toEqual(
      [...TWO_LEVEL_PROVINCES].sort().map((code) => ['SUBORDINATE_COMMITTEE', `PC-${code}-2025`, 'MMC-VN']),
    );
  });
});

describe('other periods and bad input', () => {
  it('has the common pattern for Q1 and nothing for a period without reports', async () => {
    const [{ reportingCompliance: q1 }] = await complianceOf(['60'], '2024-06-30', { ...Q3, index: 1 });
    expect(q1.obligations).toHaveLength(20);
    expect(q1.obligations[0].dueOn).toBe('2024-04-10');
    expect(q1.onTime).toBeGreaterThan(q1.late + q1.overdue);
    // The demo's reports begin with the periods of 2024: the year 2023 has none.
    const [{ reportingCompliance: annual }] = await complianceOf(['60'], '2024-06-01', { year: 2023, frequency: 'ANNUAL' });
    expect(annual).toMatchObject({ onTime: 0, late: 0, overdue: 20, notYetDue: 0, complianceRate: 0 });
    expect(annual.obligations[0].dueOn).toBe('2024-01-20');
  });

  it('refuses a period that ends after the unit had ended, naming its end and its successor', async () => {
    const { errors } = await services.querySubgraph('party', COMPLIANCE, {
      representations: [unitRepresentation('60')],
      period: { year: 2025, frequency: 'ANNUAL' },
      asOf: '2026-02-01',
    });
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(errors![0].message).toMatch(/Bình Thuận \(60\) ended on 2025-06-30; it is part of Lâm Đồng \(68\)/);
  });

  it('refuses a unit viewed in another form than the one of the period, telling to ask with asOf', async () => {
    // Code 68 is the new Lâm Đồng since 2025-07-01; 2025-Q2 ended under the old one.
    const { errors } = await services.querySubgraph('party', COMPLIANCE, {
      representations: [unitRepresentation('68', '2026-03-15')],
      period: { year: 2025, frequency: 'QUARTERLY', index: 2 },
      asOf: '2025-07-20',
    });
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(errors![0].message).toMatch(/asOf: "2025-06-30"/);
  });

  it.each([
    [{ year: 2024, frequency: 'QUARTERLY', index: 5 }, 'period.index'],
    [{ year: 2024, frequency: 'QUARTERLY' }, 'period.index'],
    [{ year: 2024, frequency: 'ANNUAL', index: 1 }, 'period.index'],
    [{ year: 1990, frequency: 'ANNUAL' }, 'period.year'],
  ])('refuses the period %j naming %s', async (period, field) => {
    const { errors } = await services.querySubgraph('party', COMPLIANCE, {
      representations: [unitRepresentation('60')],
      period,
      asOf: '2024-10-20',
    });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errors![0].message).toMatch(new RegExp(`^${field.replace('.', '\\.')}:`));
  });

  it('refuses a malformed asOf', async () => {
    const { errors } = await services.querySubgraph('party', COMPLIANCE, {
      representations: [unitRepresentation('60')],
      period: Q3,
      asOf: '2024-13-01',
    });
    expect(errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a representation without the required fields rather than undercount', async () => {
    const { errors } = await services.querySubgraph('party', COMPLIANCE, {
      representations: [{ __typename: 'AdministrativeUnit', code: '60', level: 'PROVINCIAL' }],
      period: Q3,
      asOf: '2024-10-20',
    });
    expect(errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toMatch(/stateAgencies, frontOrganizations, armedUnits/);
  });
});

describe('batching', () => {
  it('costs the same statements for the 10 districts of Bình Thuận as for the 17 of Gia Lai', async () => {
    const count = async (province: string) => {
      const codes = districtsOf(province);
      let sizes: number[] = [];
      const counts = await services.countStatements(async () => {
        const units = await complianceOf(codes, '2024-10-20');
        sizes = units.map((u) => u.reportingCompliance.obligations.length);
      });
      expect(sizes.every((n) => n > 0)).toBe(true);
      return { statements: counts.party, units: codes.length };
    };
    const ten = await count('60');
    const seventeen = await count('64');
    expect(ten.units).toBe(10);
    expect(seventeen.units).toBe(17);
    expect(ten.statements).toBe(seventeen.statements);
    // Committees by unit and the guidance at or above them, then commissions by committee, committees by parent and
    // reports by recipient; names of committee submitters come with them.
    expect(ten.statements).toBeLessThanOrEqual(7);
  });
});
