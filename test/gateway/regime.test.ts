import { randomUUID } from 'node:crypto';
import { Services, tokenFor } from '../support/services';

/**
 * The reporting regime's other lines (design section 4, issue 10), through the gateway
 * on the demo data: the commissions' own line (rule 4) and urgent reports (rule 3).
 * Expected statuses are counted from the seeded party database with SQL written here.
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start(undefined, { databaseSuffix: 'regime' });
});

afterAll(async () => {
  await services?.stop();
});

const sql = (text: string, params: unknown[] = []): Promise<any[]> => services.subgraphs.party!.db.query(text, params);

const SUBMIT = /* GraphQL */ `
  mutation ($input: SubmitReportInput!) {
    submitReport(input: $input) {
      id
      kind
      recipient {
        id
      }
      copyTo {
        id
      }
      recipientCommission {
        id
      }
    }
  }
`;
const editorOf = (type: 'MassMobilizationCommission' | 'FrontOrganization', id: string) =>
  tokenFor({ org: { type, id }, roles: ['editor'] });
const report = (type: string, id: string, more: Record<string, unknown>) => ({
  submitter: { type, id },
  title: 'Báo cáo kết quả công tác',
  summary: 'Kết quả thực hiện công tác dân vận trong kỳ.',
  idempotencyKey: randomUUID(),
  ...more,
});

describe("the commissions' own line (rule 4)", () => {
  const LINE = /* GraphQL */ `
    query ($code: ID!, $asOf: Date, $period: PeriodInput!, $statusOn: Date = "2026-12-01") {
      administrativeUnit(code: $code, asOf: $asOf) {
        reportingCompliance(period: $period, asOf: $statusOn) {
          obligations {
            submitter {
              __typename
            }
          }
          commissionLine {
            recipient {
              id
            }
            obligations {
              submitter {
                id
              }
              dueOn
              status
              report {
                id
              }
            }
            onTime
            late
            overdue
            notYetDue
          }
        }
      }
    }
  `;
  /** Each commission's first periodic report to the recipient commission for the period, on time by the end of `due` in Vietnam. */
  const seeded = async (recipient: string, [year, frequency, index]: [number, string, number | null], due: string) =>
    Object.fromEntries(
      (
        await sql(
          `SELECT submitter_id, min(submitted_at) < ($5::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS on_time
             FROM report WHERE recipient_commission_id = $1 AND kind = 'PERIODIC'
              AND period_year = $2 AND period_frequency = $3 AND period_index IS NOT DISTINCT FROM $4
            GROUP BY submitter_id`,
          [recipient, year, frequency, index, due],
        )
      ).map((row) => [row.submitter_id, row.on_time ? 'ON_TIME' : 'LATE']),
    );

  it("lists Bình Thuận's district commissions towards its commission in 2024-Q3, apart from the committee's obligations", async () => {
    const { data, errors } = await services.queryGateway(LINE, {
      code: '60',
      asOf: '2024-09-30',
      period: { year: 2024, frequency: 'QUARTERLY', index: 3 },
    });
    expect(errors).toBeUndefined();
    const compliance = data!.administrativeUnit.reportingCompliance;
    // The committee's obligations are as before: no commission among them.
    expect(compliance.obligations).toHaveLength(20);
    expect(compliance.obligations.some((o: any) => o.submitter.__typename === 'MassMobilizationCommission')).toBe(false);
    const line = compliance.commissionLine;
    const districts = (
      await sql(`SELECT id FROM mass_mobilization_commission WHERE level = 'DISTRICT' AND unit_path LIKE '/VN/60/%' ORDER BY id`)
    ).map((row) => row.id);
    expect(line.recipient).toEqual({ id: 'MMC-60' });
    expect(line.obligations.map((o: any) => o.submitter.id)).toEqual(districts);
    const statuses = await seeded('MMC-60', [2024, 'QUARTERLY', 3], '2024-10-10');
    expect(Object.fromEntries(line.obligations.map((o: any) => [o.submitter.id, o.status]))).toEqual(
      Object.fromEntries(districts.map((id: string) => [id, statuses[id] ?? 'OVERDUE'])),
    );
    expect(line.obligations.every((o: any) => o.dueOn === '2024-10-10')).toBe(true);
  });

  it("has the three provincial commissions towards the Central Commission in 2026-Q1; a commission's report settles its obligation", async () => {
    const period = { year: 2026, frequency: 'QUARTERLY', index: 1 };
    const before = (await services.queryGateway(LINE, { code: 'VN', period })).data!.administrativeUnit.reportingCompliance.commissionLine;
    expect(before.recipient).toEqual({ id: 'MMC-VN' });
    const statuses = await seeded('MMC-VN', [2026, 'QUARTERLY', 1], '2026-04-10');
    expect(before.obligations.map((o: any) => [o.submitter.id, o.status])).toEqual(
      ['MMC-31-2025', 'MMC-52-2025', 'MMC-68-2025'].map((id) => [id, statuses[id] ?? 'OVERDUE']),
    );
    // The demo has none from Hải Phòng's commission for 2026-Q1.
    expect(before.obligations[0].status).toBe('OVERDUE');

    const { data, errors } = await services.queryGateway(
      SUBMIT,
      { input: report('MASS_MOBILIZATION_COMMISSION', 'MMC-31-2025', { kind: 'PERIODIC', period }) },
      await editorOf('MassMobilizationCommission', 'MMC-31-2025'),
    );
    expect(errors).toBeUndefined();
    // To the Central Commission, named beside its committee; no copy.
    expect(data!.submitReport).toMatchObject({ recipient: { id: 'PC-VN' }, copyTo: null, recipientCommission: { id: 'MMC-VN' } });
    // As of today: the report was submitted after the seed date.
    const after = (await services.queryGateway(LINE, { code: 'VN', period, statusOn: null })).data!.administrativeUnit.reportingCompliance
      .commissionLine;
    expect(after.obligations[0]).toMatchObject({ submitter: { id: 'MMC-31-2025' }, status: 'LATE', report: { id: data!.submitReport.id } });
    expect([after.late, after.overdue]).toEqual([before.late + 1, before.overdue - 1]);
  });

  it('refuses a periodic report from the Central Commission, which reports to no commission, writing nothing', async () => {
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM report`);
    const { errors } = await services.queryGateway(
      SUBMIT,
      {
        input: report('MASS_MOBILIZATION_COMMISSION', 'MMC-VN', {
          kind: 'PERIODIC',
          period: { year: 2026, frequency: 'QUARTERLY', index: 1 },
        }),
      },
      await editorOf('MassMobilizationCommission', 'MMC-VN'),
    );
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.submitter.id' } });
    expect(await sql(`SELECT count(*)::int AS n FROM report`)).toEqual([{ n }]);
  });

  it('has no line below a province in the two-level era: the communes have no commission', async () => {
    const { data } = await services.queryGateway(LINE, { code: '68', period: { year: 2026, frequency: 'QUARTERLY', index: 1 } });
    expect(data!.administrativeUnit.reportingCompliance.commissionLine).toMatchObject({
      recipient: { id: 'MMC-68-2025' },
      obligations: [],
    });
    const commune = await services.queryGateway(LINE, { code: '23005', period: { year: 2026, frequency: 'QUARTERLY', index: 1 } });
    expect(commune.data!.administrativeUnit.reportingCompliance.commissionLine).toBeNull();
  });
});

describe('urgent reports (rule 3)', () => {
  const URGENT = /* GraphQL */ `
    query ($id: ID!, $from: Date!, $to: Date!) {
      partyCommittee(id: $id) {
        urgentReports(from: $from, to: $to) {
          kind
          title
          submittedAt
          submitter {
            ... on StateAgency {
              id
            }
            ... on ArmedUnit {
              id
            }
            ... on FrontOrganization {
              id
            }
          }
          recipient {
            id
          }
          copyTo {
            id
          }
        }
      }
    }
  `;
  const urgentOf = async (id: string, from: string, to: string) => {
    const { data, errors } = await services.queryGateway(URGENT, { id, from, to });
    expect(errors).toBeUndefined();
    return data!.partyCommittee.urgentReports;
  };

  it("goes to a district's committee with its commission informed, before 2025-07-01 (Bắc Bình's police, 2024)", async () => {
    expect(await urgentOf('PC-596', '2024-01-01', '2024-12-31')).toEqual([
      expect.objectContaining({ kind: 'URGENT', submitter: { id: 'POL-596' }, recipient: { id: 'PC-596' }, copyTo: { id: 'MMC-596' } }),
    ]);
  });

  it("goes to a commune's committee, with no commission to inform (Xã Bắc Bình's police, 2026)", async () => {
    expect(await urgentOf('PC-23005-2025', '2026-01-01', '2026-11-30')).toEqual([
      expect.objectContaining({ submitter: { id: 'POL-23005-2025' }, recipient: { id: 'PC-23005-2025' }, copyTo: null }),
    ]);
    // Outside the range: nothing.
    expect(await urgentOf('PC-23005-2025', '2026-04-15', '2026-11-30')).toEqual([]);
  });

  it("goes to the province's committee with its commission informed, newest first, and settles no obligation", async () => {
    const { data, errors } = await services.queryGateway(
      SUBMIT,
      { input: report('FRONT_ORGANIZATION', 'VFF-68-2025', { kind: 'URGENT', title: 'Báo cáo đột xuất về tình hình mưa lũ' }) },
      await editorOf('FrontOrganization', 'VFF-68-2025'),
    );
    expect(errors).toBeUndefined();
    expect(data!.submitReport).toMatchObject({
      kind: 'URGENT',
      recipient: { id: 'PC-68-2025' },
      copyTo: { id: 'MMC-68-2025' },
      recipientCommission: null,
    });
    const listed = await urgentOf('PC-68-2025', '2026-01-01', '2099-12-31');
    expect(listed.map((r: any) => r.submitter.id)).toEqual(['VFF-68-2025', 'PCOM-68-2025']);
    expect(listed[0].submittedAt > listed[1].submittedAt).toBe(true);
  });

  it('refuses a range that ends before it begins', async () => {
    const { errors } = await services.queryGateway(URGENT, { id: 'PC-68-2025', from: '2026-05-01', to: '2026-04-01' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('report content by section', () => {
  const CONTENT = /* GraphQL */ `
    fragment Content on Report {
      content {
        peopleSituation
        hotSpots {
          description
          case {
            id
            status
            unit {
              code
            }
          }
        }
        results {
          field
          text
        }
        proposals
      }
    }
  `;

  it("shows the seeded hot spots of Lâm Đồng's People's Committee for 2026-Q3, linked to their cases in the state subgraph", async () => {
    const { data, errors } = await services.queryGateway(/* GraphQL */ `
      ${CONTENT}
      {
        reports(filter: { submitterId: "PCOM-68-2025", period: { year: 2026, frequency: QUARTERLY, index: 3 } }) {
          nodes {
            ...Content
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    const [{ content }] = data!.reports.nodes;
    expect(content.hotSpots.map((spot: any) => [spot.case.unit.code, spot.case.status])).toEqual([
      ['598', expect.any(String)],
      ['23035', 'IN_PROGRESS'],
    ]);
    expect(content.results.map((r: any) => r.field)).toEqual(['ECONOMIC', 'POLITICAL_SYSTEM']);
    expect(content.peopleSituation).toMatch(/hai cấp/);
  });

  const submitWithContent = async (content: Record<string, unknown>, idempotencyKey = randomUUID()) =>
    services.queryGateway(
      /* GraphQL */ `
        ${CONTENT}
        mutation ($input: SubmitReportInput!) {
          submitReport(input: $input) {
            id
            ...Content
          }
        }
      `,
      { input: { ...report('FRONT_ORGANIZATION', 'VFF-68-2025', { kind: 'URGENT', content }), idempotencyKey } },
      await editorOf('FrontOrganization', 'VFF-68-2025'),
    );
  const count = async () =>
    (await sql(`SELECT count(*)::int AS n FROM report WHERE submitter_id = 'VFF-68-2025' AND kind = 'URGENT'`))[0].n;

  it('stores the sections as given, a hot spot linked to a case the caller may see', async () => {
    const caseId = (await services.subgraphs.state!.db.query(`SELECT id FROM citizen_case WHERE unit_code = '23035' LIMIT 1`))[0].id;
    const { data, errors } = await submitWithContent({
      peopleSituation: '  Nhân dân phấn khởi.  ',
      hotSpots: [{ description: 'Thiếu nước sinh hoạt.', caseId }, { description: 'Sạt lở bờ sông.' }],
      results: [{ field: 'ECONOMIC', text: 'Hoàn thành tuyến ống.' }],
    });
    expect(errors).toBeUndefined();
    expect(data!.submitReport.content).toEqual({
      peopleSituation: 'Nhân dân phấn khởi.',
      hotSpots: [
        { description: 'Thiếu nước sinh hoạt.', case: expect.objectContaining({ id: caseId }) },
        { description: 'Sạt lở bờ sông.', case: null },
      ],
      results: [{ field: 'ECONOMIC', text: 'Hoàn thành tuyến ống.' }],
      proposals: null,
    });
  });

  it.each([
    [{ hotSpots: [{ description: 'X', caseId: '00000000-0000-4000-8000-000000000000' }] }, 'NOT_FOUND', 'input.content.hotSpots[0].caseId'],
    [{ hotSpots: [{ description: ' ' }] }, 'BAD_USER_INPUT', 'input.content.hotSpots[0].description'],
    [
      {
        results: [
          { field: 'ECONOMIC', text: 'a' },
          { field: 'ECONOMIC', text: 'b' },
        ],
      },
      'BAD_USER_INPUT',
      'input.content.results[1].field',
    ],
  ])('refuses %j as %s naming %s, writing nothing', async (content, code, field) => {
    const before = await count();
    const { errors } = await submitWithContent(content);
    expect(errors?.[0]).toMatchObject({ extensions: { code, field } });
    expect(await count()).toBe(before);
  });
});
