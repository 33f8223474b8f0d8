import { subgraphDefinition } from '../../subgraphs';
import { startSubgraphServer, type Viewer } from '../../lib';
import { STORY_REPORT_IDS } from '../../seed/party/reports';
import { postGraphQL, Services, tokenFor } from '../support/services';
import { unitRepresentation, SEEDING_TIMEOUT_MS } from './support';

/**
 * `submitReport` over HTTP: routing by the rules, validation, authorization and
 * idempotency. Reports are written by organizations in force today, those formed on
 * 2025-07-01 (two levels: a commune's organizations report to the commune committee,
 * the communes' committees and the province's organizations to the provincial
 * committee): Hải Phòng (31), formed from Hải Dương (30) and the old Hải Phòng, and its
 * ward Thành Đông (10507, the code of Cẩm Thượng ward of Hải Dương city, 288, until
 * 2025-06-30); the new Gia Lai (52). The file writes, so it has databases of its own
 * (`party_submit`).
 */
let services: Services;

beforeAll(async () => {
  // The other families' subgraphs place the submitters they own (design section 6, issue 7 item 9).
  services = await Services.start(undefined, { databaseSuffix: 'submit' });
}, SEEDING_TIMEOUT_MS);

afterAll(async () => {
  await services?.stop();
});

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitReportInput!) {
    submitReport(input: $input) {
      id
      kind
      title
      summary
      submittedAt
      classification
      period {
        year
        frequency
        index
        label
        startsOn
        endsOn
      }
      submitter {
        __typename
        ... on PartyCommittee {
          id
          name
        }
        ... on MassMobilizationCommission {
          id
        }
        ... on StateAgency {
          id
        }
        ... on FrontOrganization {
          id
        }
        ... on ArmedUnit {
          id
        }
      }
      recipient {
        id
      }
      copyTo {
        id
      }
      corrects {
        id
      }
      correctedBy {
        id
      }
    }
  }
`;

type OrgType = Viewer['org']['type'];
const TYPE_ENUM: Record<OrgType, string> = {
  PartyCommittee: 'PARTY_COMMITTEE',
  MassMobilizationCommission: 'MASS_MOBILIZATION_COMMISSION',
  StateAgency: 'STATE_AGENCY',
  FrontOrganization: 'FRONT_ORGANIZATION',
  ArmedUnit: 'ARMED_UNIT',
};

const editorOf = (type: OrgType, id: string, roles: Viewer['roles'] = ['editor']) => tokenFor({ org: { type, id }, roles });

let sequence = 0;
/**
 * A valid input from `type`/`id`, with `overrides` and an idempotency key of its own
 * (one logical request per call); the months of the second half of 2025, when the
 * submitters were in force, keep clear of the compliance stories.
 */
function inputFor(type: OrgType, id: string, overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    idempotencyKey: `report-${sequence}`,
    submitter: { type: TYPE_ENUM[type], id },
    // Months the Central guidance owes in 2025 (a quarter-end month owes the broader report instead).
    period: { year: 2025, frequency: 'MONTHLY', index: [7, 8, 10, 11][sequence % 4] },
    kind: 'PERIODIC',
    title: `Báo cáo kết quả công tác dân vận (${sequence})`,
    summary: 'Tổ chức tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
    ...overrides,
  };
}

/** Submits as an editor of the submitter itself unless another token is given. */
async function submit(input: ReturnType<typeof inputFor> | Record<string, any>, token?: string) {
  const { type, id } = input.submitter as { type: string; id: string };
  const orgType = (Object.keys(TYPE_ENUM) as OrgType[]).find((t) => TYPE_ENUM[t] === type)!;
  return services.querySubgraph('party', SUBMIT, { input }, token ?? (await editorOf(orgType, id)));
}

async function expectError(promise: ReturnType<typeof submit>, code: string, field?: string) {
  const { data, errors } = await promise;
  expect(data?.submitReport ?? null).toBeNull();
  expect(errors).toHaveLength(1);
  expect(errors![0].extensions).toMatchObject({ code, ...(field ? { field } : {}) });
  // Refusals of the writer come from the library and name the operation first, then the field.
  const named = field?.replace(/\./g, '\\.');
  if (field) expect(errors![0].message).toMatch(new RegExp(code === 'FORBIDDEN' ? `^submitReport: ${named} ` : `^${named}:`));
  return errors![0];
}

const reportCount = async () => {
  const [{ count }] = await services.subgraphs.party!.db.query('SELECT count(*)::int AS count FROM report');
  return count as number;
};

const nextYear = new Date().getUTCFullYear() + 1;

describe('routing', () => {
  it("sends a People's Committee's periodic report to its unit's committee, copy to the commission", async () => {
    const before = Date.now();
    // 2026-Q1: the demo seeded no report of PCOM-31-2025 for it (its pattern leaves one in ten out), so this one settles it.
    const { data, errors } = await submit(
      inputFor('StateAgency', 'PCOM-31-2025', { unitCode: '31', period: { year: 2026, frequency: 'QUARTERLY', index: 1 } }),
    );
    expect(errors).toBeUndefined();
    const report = data!.submitReport;
    expect(report).toMatchObject({
      kind: 'PERIODIC',
      classification: 'PUBLIC',
      period: { year: 2026, frequency: 'QUARTERLY', index: 1, label: '2026-Q1', startsOn: '2026-01-01', endsOn: '2026-03-31' },
      submitter: { __typename: 'StateAgency', id: 'PCOM-31-2025' },
      recipient: { id: 'PC-31-2025' },
      copyTo: { id: 'MMC-31-2025' },
      corrects: null,
      correctedBy: null,
    });
    expect(report.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(report.submittedAt).toMatch(/\+07:00$/);
    expect(new Date(report.submittedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

    // It settles the obligation, late (it is long past 2026-04-10).
    const { data: compliance } = await services.querySubgraph(
      'party',
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on AdministrativeUnit {
        reportingCompliance(period: { year: 2026, frequency: QUARTERLY, index: 1 }) { obligations { status submitter { ... on StateAgency { id } } report { id } } }
      } } }`,
      { representations: [unitRepresentation('31', '2026-03-31')] },
    );
    const obligation = compliance!._entities[0].reportingCompliance.obligations.find(
      (o: { submitter: { id?: string } }) => o.submitter.id === 'PCOM-31-2025',
    );
    expect(obligation).toEqual({ status: 'LATE', submitter: { id: 'PCOM-31-2025' }, report: { id: report.id } });
  });

  it("sends a commune committee's report to the provincial committee, copy to the provincial commission: no district in between", async () => {
    const { data, errors } = await submit(inputFor('PartyCommittee', 'PC-10507-2025'));
    expect(errors).toBeUndefined();
    expect(data!.submitReport).toMatchObject({
      submitter: { __typename: 'PartyCommittee', id: 'PC-10507-2025', name: 'Đảng ủy phường Thành Đông' },
      recipient: { id: 'PC-31-2025' },
      copyTo: { id: 'MMC-31-2025' },
    });
  });

  it('refuses a report of an organization not in force today: a commune committee that ended with its district', async () => {
    const before = await reportCount();
    // Cẩm Thượng ward's committee (Hải Dương city, 288) ended on 2025-06-30; its editor writes nothing.
    const error = await expectError(
      submit(inputFor('PartyCommittee', 'PC-10507', { period: { year: 2025, frequency: 'QUARTERLY', index: 1 } })),
      'FORBIDDEN',
    );
    expect(error.message).toMatch(/^submitReport: the token's organization is not in force today \(PC-10507 ended on 2025-06-30/);
    expect(await reportCount()).toBe(before);
  });

  it('sends a commune police report to the commune committee, with no copy (no commission at commune level)', async () => {
    const { data, errors } = await submit(inputFor('ArmedUnit', 'POL-10507-2025', { unitCode: '10507' }));
    expect(errors).toBeUndefined();
    expect(data!.submitReport).toMatchObject({
      submitter: { __typename: 'ArmedUnit', id: 'POL-10507-2025' },
      recipient: { id: 'PC-10507-2025' },
      copyTo: null,
    });
  });

  it('sends an urgent report without a period, even from a commission to its own committee', async () => {
    const front = await submit(
      inputFor('FrontOrganization', 'VFF-31-2025', { unitCode: '31', kind: 'URGENT', period: undefined, classification: 'RESTRICTED' }),
    );
    expect(front.errors).toBeUndefined();
    expect(front.data!.submitReport).toMatchObject({
      kind: 'URGENT',
      period: null,
      recipient: { id: 'PC-31-2025' },
      copyTo: { id: 'MMC-31-2025' },
      classification: 'RESTRICTED',
    });
    // A period given with an urgent report is ignored: urgent reports have none.
    const commission = await submit(inputFor('MassMobilizationCommission', 'MMC-31-2025', { kind: 'URGENT' }));
    expect(commission.errors).toBeUndefined();
    expect(commission.data!.submitReport).toMatchObject({
      period: null,
      submitter: { __typename: 'MassMobilizationCommission', id: 'MMC-31-2025' },
      recipient: { id: 'PC-31-2025' },
      copyTo: null,
    });
  });

  it('links a correction to the report it corrects', async () => {
    const period = { year: 2025, frequency: 'MONTHLY', index: 11 };
    const first = await submit(inputFor('FrontOrganization', 'WU-31-2025', { unitCode: '31', period }));
    const original = first.data!.submitReport;
    const second = await submit(
      inputFor('FrontOrganization', 'WU-31-2025', { unitCode: '31', period, corrects: original.id, title: 'Báo cáo bổ sung' }),
    );
    expect(second.errors).toBeUndefined();
    const correction = second.data!.submitReport;
    expect(correction).toMatchObject({ corrects: { id: original.id }, correctedBy: null, recipient: { id: 'PC-31-2025' } });
    // A correction of the correction: the chain's latest is what both earlier reports point to.
    const third = (await submit(inputFor('FrontOrganization', 'WU-31-2025', { unitCode: '31', period, corrects: correction.id }))).data!
      .submitReport;
    const { data } = await services.querySubgraph(
      'party',
      `query ($a: ID!, $b: ID!) { a: report(id: $a) { correctedBy { id } } b: report(id: $b) { correctedBy { id } corrects { id } } }`,
      {
        a: original.id,
        b: correction.id,
      },
    );
    expect(data).toEqual({ a: { correctedBy: { id: third.id } }, b: { correctedBy: { id: third.id }, corrects: { id: original.id } } });
  });
});

describe('validation', () => {
  it.each([
    ['an empty title', { title: '   ' }, 'input.title'],
    ['a title over 300 characters', { title: 'x'.repeat(301) }, 'input.title'],
    ['an empty summary', { summary: '' }, 'input.summary'],
    ['a summary over 20,000 characters', { summary: 'x'.repeat(20_001) }, 'input.summary'],
    ['a periodic report without a period', { period: null }, 'input.period'],
    ['a month 13', { period: { year: 2025, frequency: 'MONTHLY', index: 13 } }, 'input.period.index'],
    ['a quarter without index', { period: { year: 2025, frequency: 'QUARTERLY' } }, 'input.period.index'],
    ['an index for a year', { period: { year: 2025, frequency: 'ANNUAL', index: 1 } }, 'input.period.index'],
    ['a year out of range', { period: { year: 1999, frequency: 'ANNUAL' } }, 'input.period.year'],
    ['a period that has not begun', { period: { year: nextYear, frequency: 'MONTHLY', index: 1 } }, 'input.period'],
    // Hải Phòng's People's Committee was formed on 2025-07-01: the second quarter of 2025 ended before it.
    ['a period that ended before the submitter was formed', { period: { year: 2025, frequency: 'QUARTERLY', index: 2 } }, 'input.period'],
    ['an unknown unitCode', { unitCode: '99999' }, 'input.unitCode'],
    ['a unit above the submitter’s own (the Central Committee’s)', { unitCode: 'VN' }, 'input.unitCode'],
    ['an empty idempotency key', { idempotencyKey: '' }, 'input.idempotencyKey'],
  ])('refuses %s', async (_, overrides, field) => {
    const before = await reportCount();
    await expectError(submit(inputFor('StateAgency', 'PCOM-31-2025', { unitCode: '31', ...overrides })), 'BAD_USER_INPUT', field);
    expect(await reportCount()).toBe(before);
  });

  it('refuses a submitter its owner does not record, asked of the owner', async () => {
    // Hà Nội (01) is not in the demo world: the state subgraph has no PCOM-01.
    const before = await reportCount();
    await expectError(
      submit(inputFor('StateAgency', 'PCOM-01'), await editorOf('StateAgency', 'GOV-VN')),
      'NOT_FOUND',
      'input.submitter.id',
    );
    await expectError(
      submit(inputFor('FrontOrganization', 'VFF-99999'), await editorOf('FrontOrganization', 'VFF-VN')),
      'NOT_FOUND',
      'input.submitter.id',
    );
    // Its own editor holds a token of an organization that does not exist: it writes nothing.
    const error = await expectError(submit(inputFor('StateAgency', 'PCOM-01')), 'FORBIDDEN');
    expect(error.message).toBe("submitReport: the token's organization, StateAgency PCOM-01, does not exist; it may write nothing");
    expect(await reportCount()).toBe(before);
  });

  it('refuses a submitter not in force today, even from a committee above it', async () => {
    // Hải Dương city's committee ended on 2025-06-30; Hải Phòng's and the Central Committee are in force.
    const before = await reportCount();
    for (const [type, id] of [
      ['PartyCommittee', 'PC-31-2025'],
      ['PartyCommittee', 'PC-VN'],
    ] as [OrgType, string][]) {
      const error = await expectError(
        submit(
          inputFor('PartyCommittee', 'PC-288', { period: { year: 2025, frequency: 'QUARTERLY', index: 1 } }),
          await editorOf(type, id),
        ),
        'BAD_USER_INPUT',
        'input.submitter.id',
      );
      expect(error.message).toMatch(/an organization in force today/);
    }
    expect(await reportCount()).toBe(before);
  });

  it('refuses an unknown party committee, and one that gives another unit', async () => {
    await expectError(
      submit(inputFor('PartyCommittee', 'PC-99999'), await editorOf('PartyCommittee', 'PC-VN')),
      'NOT_FOUND',
      'input.submitter.id',
    );
    // Thành Đông ward's committee names Hải Dương ward.
    await expectError(submit(inputFor('PartyCommittee', 'PC-10507-2025', { unitCode: '10525' })), 'BAD_USER_INPUT', 'input.unitCode');
  });

  it("takes the unit and the recipient from the submitter's own record, not from the input (issue 7, item 9)", async () => {
    const before = await reportCount();
    // Xã Bắc Bình's People's Committee names the province: refused, nothing filed in the province's inbox.
    const error = await expectError(
      submit(inputFor('StateAgency', 'PCOM-23005-2025', { unitCode: '68' })),
      'BAD_USER_INPUT',
      'input.unitCode',
    );
    expect(error.message).toMatch(/the unit of StateAgency PCOM-23005-2025, 23005/);
    expect(await reportCount()).toBe(before);
    // Without a unit, the state subgraph's record places it: its report goes to Xã Bắc Bình's committee, no copy.
    const filed = await submit(inputFor('StateAgency', 'PCOM-23005-2025'));
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.submitReport).toMatchObject({ recipient: { id: 'PC-23005-2025' }, copyTo: null });
    const [row] = await services.subgraphs.party!.db.query(`SELECT submitter_unit_code, submitter_unit_path FROM report WHERE id = $1`, [
      filed.data!.submitReport.id,
    ]);
    // The code was Chợ Lầu's (Bắc Bình district, Bình Thuận) until 2025-06-30: the path is the new commune's.
    expect(row).toEqual({ submitter_unit_code: '23005', submitter_unit_path: '/VN/68/23005/' });
  });

  it('refuses a report from the Central Committee, which reports to no committee', async () => {
    await expectError(submit(inputFor('PartyCommittee', 'PC-VN')), 'BAD_USER_INPUT', 'input.submitter.id');
  });

  it("sends a commission's periodic report on its work to the commission above, through that commission's committee (rule 4)", async () => {
    const { data, errors } = await submit(inputFor('MassMobilizationCommission', 'MMC-31-2025'));
    expect(errors).toBeUndefined();
    expect(data!.submitReport).toMatchObject({ recipient: { id: 'PC-VN' }, copyTo: null });
    const [row] = await services.subgraphs.party!.db.query(`SELECT recipient_commission_id FROM report WHERE id = $1`, [
      data!.submitReport.id,
    ]);
    expect(row).toEqual({ recipient_commission_id: 'MMC-VN' });
  });

  it('refuses a correction of an unknown report, of another submitter or of another period', async () => {
    await expectError(
      submit(inputFor('StateAgency', 'PCOM-31-2025', { unitCode: '31', corrects: '00000000-0000-5000-8000-000000000000' })),
      'NOT_FOUND',
      'input.corrects',
    );
    // The Women's Union of Bình Thuận's Q3 2024 report belongs to another organization.
    await expectError(
      submit(inputFor('StateAgency', 'PCOM-31-2025', { unitCode: '31', corrects: STORY_REPORT_IDS.wu60Original })),
      'BAD_USER_INPUT',
      'input.corrects',
    );
    const original = (
      await submit(inputFor('StateAgency', 'PCOM-31-2025', { unitCode: '31', period: { year: 2025, frequency: 'MONTHLY', index: 8 } }))
    ).data!.submitReport;
    await expectError(
      submit(
        inputFor('StateAgency', 'PCOM-31-2025', {
          unitCode: '31',
          period: { year: 2025, frequency: 'MONTHLY', index: 10 },
          corrects: original.id,
        }),
      ),
      'BAD_USER_INPUT',
      'input.corrects',
    );
    await expectError(
      submit(inputFor('StateAgency', 'PCOM-31-2025', { unitCode: '31', kind: 'URGENT', corrects: original.id })),
      'BAD_USER_INPUT',
      'input.corrects',
    );
  });
});

describe('the period and the obligation', () => {
  // Today in Vietnam, where the periods are.
  const today = new Date(Date.now() + 7 * 3600_000);
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;

  it('accepts a report for the current period, which has begun, and refuses the next one', async () => {
    // The year: the Central guidance owes it whatever the month (a month that ends a quarter owes the broader report).
    const current = await submit(inputFor('StateAgency', 'PCOM-52-2025', { unitCode: '52', period: { year, frequency: 'ANNUAL' } }));
    expect(current.errors).toBeUndefined();
    const next = month === 12 ? { year: year + 1, frequency: 'MONTHLY', index: 1 } : { year, frequency: 'MONTHLY', index: month + 1 };
    const error = await expectError(
      submit(inputFor('StateAgency', 'PCOM-52-2025', { unitCode: '52', period: next })),
      'BAD_USER_INPUT',
      'input.period',
    );
    expect(error.message).toMatch(/a period that has begun/);
  });

  it('refuses a period the guidance does not owe, naming the report owed instead, and writes nothing', async () => {
    const before = await services.subgraphs.party!.db.query(`SELECT count(*)::int AS n FROM report`);
    const error = await expectError(
      submit(inputFor('StateAgency', 'PCOM-52-2025', { unitCode: '52', period: { year: 2025, frequency: 'QUARTERLY', index: 3 } })),
      'BAD_USER_INPUT',
      'input.period',
    );
    // Gia Lai has no guidance of its own: the Central Commission's, from 2025-01-01, owes September's nine-month report only.
    expect(error.message).toMatch(/guidance of MMC-VN for \/VN\/ and below, from 2025-01-01, owes only the broadest report .*: 2025-9M/);
    expect(await services.subgraphs.party!.db.query(`SELECT count(*)::int AS n FROM report`)).toEqual(before);
  });

  it('refuses a correction sent to another recipient than the report it corrects', async () => {
    const period = { year: 2026, frequency: 'QUARTERLY', index: 1 };
    const original = (await submit(inputFor('FrontOrganization', 'VA-52-2025', { unitCode: '52', period }))).data!.submitReport;
    // Given another unit, the correction would go to that unit's committee, where it would be a first report:
    // the unit is the submitter's own, so another one (Xã Chư Prông, a commune of the province) is refused before the correction is looked at.
    await expectError(
      submit(inputFor('FrontOrganization', 'VA-52-2025', { unitCode: '23887', period, corrects: original.id })),
      'BAD_USER_INPUT',
      'input.unitCode',
    );
    const correction = await submit(inputFor('FrontOrganization', 'VA-52-2025', { unitCode: '52', period, corrects: original.id }));
    expect(correction.errors).toBeUndefined();
  });

  it("files the report of an organization the rules do not bind, which settles no obligation: the owner's list decides", async () => {
    // A People's Council is not on the state subgraph's list of reporting organizations
    // (only the People's Committee is); the party files its report, and the owner's list decides what it owes.
    // 2026-H1 (due 2026-07-15): the demo seeded no report of PCOM-52-2025 for it.
    const period = { year: 2026, frequency: 'SEMI_ANNUAL', index: 1 };
    const { data, errors } = await submit(inputFor('StateAgency', 'PCOU-52-2025', { unitCode: '52', period }));
    expect(errors).toBeUndefined();
    expect(data!.submitReport).toMatchObject({
      submitter: { __typename: 'StateAgency', id: 'PCOU-52-2025' },
      recipient: { id: 'PC-52-2025' },
    });
    const { data: compliance } = await services.querySubgraph(
      'party',
      `query ($representations: [_Any!]!, $period: PeriodInput!) { _entities(representations: $representations) { ... on AdministrativeUnit {
        reportingCompliance(period: $period, asOf: "2026-07-20") { obligations { status submitter { ... on StateAgency { id } } } }
      } } }`,
      { representations: [unitRepresentation('52', '2026-06-30')], period },
    );
    const obligations = compliance!._entities[0].reportingCompliance.obligations as { status: string; submitter: { id?: string } }[];
    expect(obligations.map((o) => o.submitter.id)).not.toContain('PCOU-52-2025');
    expect(obligations.find((o) => o.submitter.id === 'PCOM-52-2025')!.status).toBe('OVERDUE');
  });
});

describe('authorization', () => {
  it('refuses a reader', async () => {
    const before = await reportCount();
    const error = await expectError(
      submit(inputFor('StateAgency', 'PCOM-31-2025', { unitCode: '31' }), await editorOf('StateAgency', 'PCOM-31-2025', ['reader'])),
      'FORBIDDEN',
    );
    expect(error.message).toMatch(/the role editor is required/);
    expect(await reportCount()).toBe(before);
  });

  it('refuses an editor of another organization: a commune cannot report as its province, nor a sibling, nor the Front as the authority', async () => {
    const before = await reportCount();
    await expectError(
      submit(inputFor('PartyCommittee', 'PC-31-2025'), await editorOf('PartyCommittee', 'PC-10507-2025')),
      'FORBIDDEN',
      'input.submitter',
    );
    await expectError(
      submit(inputFor('PartyCommittee', 'PC-10507-2025'), await editorOf('PartyCommittee', 'PC-10525-2025')),
      'FORBIDDEN',
      'input.submitter',
    );
    // Commissions only receive copies: a commission does not report in its committee's name.
    await expectError(
      submit(inputFor('PartyCommittee', 'PC-31-2025'), await editorOf('MassMobilizationCommission', 'MMC-31-2025')),
      'FORBIDDEN',
      'input.submitter',
    );
    await expectError(
      submit(inputFor('StateAgency', 'PCOM-31-2025', { unitCode: '31' }), await editorOf('FrontOrganization', 'VFF-31-2025')),
      'FORBIDDEN',
      'input.submitter',
    );
    // The committee the ward's committee carries on (Cẩm Thượng ward's, ended) acts for nothing.
    await expectError(submit(inputFor('PartyCommittee', 'PC-10507-2025'), await editorOf('PartyCommittee', 'PC-10507')), 'FORBIDDEN');
    expect(await reportCount()).toBe(before);
  });

  it('accepts an editor of a committee above the submitting committee (design section 6), and audits who acted for whom', async () => {
    const { data, errors } = await submit(
      inputFor('PartyCommittee', 'PC-10507-2025', { unitCode: '10507' }),
      await editorOf('PartyCommittee', 'PC-31-2025'),
    );
    expect(errors).toBeUndefined();
    expect(data!.submitReport).toMatchObject({ submitter: { id: 'PC-10507-2025' }, recipient: { id: 'PC-31-2025' } });
    const [audit] = await services.subgraphs.party!.db.query('SELECT * FROM audit_entry WHERE record_id = $1', [data!.submitReport.id]);
    expect(audit).toMatchObject({
      operation: 'submitReport',
      record_type: 'Report',
      actor_organization_type: 'PartyCommittee',
      actor_organization_id: 'PC-31-2025',
      owner_organization_type: 'PartyCommittee',
      owner_organization_id: 'PC-10507-2025',
      before: null,
    });
    expect(audit.after).toMatchObject({ id: data!.submitReport.id, submitterId: 'PC-10507-2025', recipientId: 'PC-31-2025' });
  });

  it('accepts an admin of the submitter', async () => {
    const { errors } = await submit(
      inputFor('StateAgency', 'PCOM-31-2025', { unitCode: '31' }),
      await editorOf('StateAgency', 'PCOM-31-2025', ['admin']),
    );
    expect(errors).toBeUndefined();
  });

  it('refuses a request without a token', async () => {
    const response = await services.querySubgraph(
      'party',
      SUBMIT,
      { input: inputFor('StateAgency', 'PCOM-31-2025', { unitCode: '31' }) },
      null,
    );
    expect(response.status).toBe(401);
    expect(response.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('idempotency', () => {
  it('returns the first report for a retry with the same key and input', async () => {
    const input = inputFor('FrontOrganization', 'FU-31-2025', { unitCode: '31', idempotencyKey: 'fu-31-2025-retry' });
    const first = await submit(input);
    const retry = await submit(input);
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.submitReport).toEqual(first.data!.submitReport);
    // The key is the library's, claimed by the acting organization; one report, one audit row.
    const [claim] = await services.subgraphs.party!.db.query(`SELECT * FROM idempotency_key WHERE key = 'fu-31-2025-retry'`);
    expect(claim).toMatchObject({
      organization_type: 'FrontOrganization',
      organization_id: 'FU-31-2025',
      operation: 'submitReport',
      record_id: first.data!.submitReport.id,
    });
    const [{ count }] = await services.subgraphs.party!.db.query(`SELECT count(*)::int AS count FROM audit_entry WHERE record_id = $1`, [
      claim.record_id,
    ]);
    expect(count).toBe(1);
  });

  it('answers CONFLICT when the key comes back with other input', async () => {
    const input = inputFor('FrontOrganization', 'FU-31-2025', { unitCode: '31', idempotencyKey: 'fu-31-2025-conflict' });
    expect((await submit(input)).errors).toBeUndefined();
    const before = await reportCount();
    await expectError(submit({ ...input, summary: 'Nội dung khác.' }), 'CONFLICT', 'input.idempotencyKey');
    expect(await reportCount()).toBe(before);
  });

  it('files one report when two submissions with one key race', async () => {
    const input = inputFor('FrontOrganization', 'YU-31-2025', { unitCode: '31', idempotencyKey: 'yu-31-2025-race' });
    const token = await editorOf('FrontOrganization', 'YU-31-2025');
    const results = await Promise.all([submit(input, token), submit(input, token), submit(input, token)]);
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.submitReport.id)).size).toBe(1);
  });
});

describe('an owner that cannot be asked', () => {
  it("refuses another family's report while its owner is down, with SERVICE_UNAVAILABLE, filing nothing", async () => {
    // A party subgraph of its own whose peers point nowhere: the state subgraph is "down".
    const lonely = await startSubgraphServer(subgraphDefinition('party'), services.subgraphs.party!.db, 0, () => ({
      state: 'http://localhost:9/graphql',
    }));
    try {
      const before = await reportCount();
      const response = await postGraphQL(
        lonely.url,
        SUBMIT,
        { input: inputFor('StateAgency', 'PCOM-23005-2025') },
        await editorOf('StateAgency', 'PCOM-23005-2025'),
      );
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        field: 'input.submitter.id',
        serviceName: 'state',
      });
      expect(response.errors?.[0].message).toMatch(/nothing was written/);
      expect(await reportCount()).toBe(before);
    } finally {
      await lonely.stop();
    }
  });
});
