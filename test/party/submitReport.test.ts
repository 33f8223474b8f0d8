import { subgraphDefinition } from '../../subgraphs';
import { startSubgraphServer, type Viewer } from '../../lib';
import { STORY_REPORT_IDS } from '../../seed/party/reports';
import { postGraphQL, Services, tokenFor } from '../support/services';
import { unitRepresentation } from './support';

/**
 * `submitReport` over HTTP: routing by the rules, validation, authorization and
 * idempotency. The file writes, so it has databases of its own (`party_submit`).
 */
let services: Services;

beforeAll(async () => {
  // The other families' subgraphs place the submitters they own (design section 6, issue 7 item 9).
  services = await Services.start(undefined, { databaseSuffix: 'submit' });
});

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
 * (one logical request per call); monthly periods of 2025 keep clear of the compliance stories.
 */
function inputFor(type: OrgType, id: string, overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    idempotencyKey: `report-${sequence}`,
    submitter: { type: TYPE_ENUM[type], id },
    period: { year: 2025, frequency: 'MONTHLY', index: 1 + (sequence % 12) },
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
    const { data, errors } = await submit(
      inputFor('StateAgency', 'PCOM-30', { unitCode: '30', period: { year: 2025, frequency: 'MONTHLY', index: 7 } }),
    );
    expect(errors).toBeUndefined();
    const report = data!.submitReport;
    expect(report).toMatchObject({
      kind: 'PERIODIC',
      classification: 'PUBLIC',
      period: { year: 2025, frequency: 'MONTHLY', index: 7, label: '2025-M07', startsOn: '2025-07-01', endsOn: '2025-07-31' },
      submitter: { __typename: 'StateAgency', id: 'PCOM-30' },
      recipient: { id: 'PC-30' },
      copyTo: { id: 'MMC-30' },
      corrects: null,
      correctedBy: null,
    });
    expect(report.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(report.submittedAt).toMatch(/\+07:00$/);
    expect(new Date(report.submittedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

    // It settles the obligation, late (it is long past 2025-08-05).
    const { data: compliance } = await services.querySubgraph(
      'party',
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on AdministrativeUnit {
        reportingCompliance(period: { year: 2025, frequency: MONTHLY, index: 7 }) { obligations { status submitter { ... on StateAgency { id } } report { id } } }
      } } }`,
      { representations: [unitRepresentation('30')] },
    );
    const obligation = compliance!._entities[0].reportingCompliance.obligations.find(
      (o: { submitter: { id?: string } }) => o.submitter.id === 'PCOM-30',
    );
    expect(obligation).toEqual({ status: 'LATE', submitter: { id: 'PCOM-30' }, report: { id: report.id } });
  });

  it("sends a district committee's report to the provincial committee, copy to the provincial commission", async () => {
    const { data, errors } = await submit(inputFor('PartyCommittee', 'PC-288'));
    expect(errors).toBeUndefined();
    expect(data!.submitReport).toMatchObject({
      submitter: { __typename: 'PartyCommittee', id: 'PC-288', name: 'Thành ủy Hải Dương' },
      recipient: { id: 'PC-30' },
      copyTo: { id: 'MMC-30' },
    });
  });

  it("sends a commune committee's report to the district committee", async () => {
    const { data, errors } = await submit(inputFor('PartyCommittee', 'PC-10507', { unitCode: '10507' }));
    expect(errors).toBeUndefined();
    expect(data!.submitReport).toMatchObject({ recipient: { id: 'PC-288' }, copyTo: { id: 'MMC-288' } });
  });

  it('sends a commune police report to the commune committee, with no copy (no commission at commune level)', async () => {
    const { data, errors } = await submit(inputFor('ArmedUnit', 'POL-10507', { unitCode: '10507' }));
    expect(errors).toBeUndefined();
    expect(data!.submitReport).toMatchObject({
      submitter: { __typename: 'ArmedUnit', id: 'POL-10507' },
      recipient: { id: 'PC-10507' },
      copyTo: null,
    });
  });

  it('sends an urgent report without a period, even from a commission to its own committee', async () => {
    const front = await submit(
      inputFor('FrontOrganization', 'VFF-30', { unitCode: '30', kind: 'URGENT', period: undefined, classification: 'RESTRICTED' }),
    );
    expect(front.errors).toBeUndefined();
    expect(front.data!.submitReport).toMatchObject({
      kind: 'URGENT',
      period: null,
      recipient: { id: 'PC-30' },
      copyTo: { id: 'MMC-30' },
      classification: 'RESTRICTED',
    });
    // A period given with an urgent report is ignored: urgent reports have none.
    const commission = await submit(inputFor('MassMobilizationCommission', 'MMC-288', { kind: 'URGENT' }));
    expect(commission.errors).toBeUndefined();
    expect(commission.data!.submitReport).toMatchObject({
      period: null,
      submitter: { __typename: 'MassMobilizationCommission', id: 'MMC-288' },
      recipient: { id: 'PC-288' },
      copyTo: null,
    });
  });

  it('links a correction to the report it corrects', async () => {
    const period = { year: 2025, frequency: 'QUARTERLY', index: 2 };
    const first = await submit(inputFor('FrontOrganization', 'WU-288', { unitCode: '288', period }));
    const original = first.data!.submitReport;
    const second = await submit(
      inputFor('FrontOrganization', 'WU-288', { unitCode: '288', period, corrects: original.id, title: 'Báo cáo bổ sung' }),
    );
    expect(second.errors).toBeUndefined();
    const correction = second.data!.submitReport;
    expect(correction).toMatchObject({ corrects: { id: original.id }, correctedBy: null, recipient: { id: 'PC-288' } });
    // A correction of the correction: the chain's latest is what both earlier reports point to.
    const third = (await submit(inputFor('FrontOrganization', 'WU-288', { unitCode: '288', period, corrects: correction.id }))).data!
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
    ['an unknown unitCode', { unitCode: '99999' }, 'input.unitCode'],
    ['a unit above the submitter’s own (the Central Committee’s)', { unitCode: 'VN' }, 'input.unitCode'],
    ['an empty idempotency key', { idempotencyKey: '' }, 'input.idempotencyKey'],
  ])('refuses %s', async (_, overrides, field) => {
    const before = await reportCount();
    await expectError(submit(inputFor('StateAgency', 'PCOM-30', { unitCode: '30', ...overrides })), 'BAD_USER_INPUT', field);
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

  it('refuses an unknown party committee, and one that gives another unit', async () => {
    await expectError(
      submit(inputFor('PartyCommittee', 'PC-99999'), await editorOf('PartyCommittee', 'PC-VN')),
      'NOT_FOUND',
      'input.submitter.id',
    );
    await expectError(submit(inputFor('PartyCommittee', 'PC-288', { unitCode: '290' })), 'BAD_USER_INPUT', 'input.unitCode');
  });

  it("takes the unit and the recipient from the submitter's own record, not from the input (issue 7, item 9)", async () => {
    const before = await reportCount();
    // Bắc Bình's People's Committee names the province: refused, nothing filed in the province's inbox.
    const error = await expectError(submit(inputFor('StateAgency', 'PCOM-596', { unitCode: '60' })), 'BAD_USER_INPUT', 'input.unitCode');
    expect(error.message).toMatch(/the unit of StateAgency PCOM-596, 596/);
    expect(await reportCount()).toBe(before);
    // Without a unit, the state subgraph's record places it: its report goes to Bắc Bình's committee.
    const filed = await submit(inputFor('StateAgency', 'PCOM-596'));
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.submitReport).toMatchObject({ recipient: { id: 'PC-596' }, copyTo: { id: 'MMC-596' } });
    const [row] = await services.subgraphs.party!.db.query(`SELECT submitter_unit_code, submitter_unit_path FROM report WHERE id = $1`, [
      filed.data!.submitReport.id,
    ]);
    expect(row).toEqual({ submitter_unit_code: '596', submitter_unit_path: '/VN/60/596/' });
  });

  it('refuses a report from the Central Committee, which reports to no committee', async () => {
    await expectError(submit(inputFor('PartyCommittee', 'PC-VN')), 'BAD_USER_INPUT', 'input.submitter.id');
  });

  it('refuses a periodic report from a commission, which runs the regime', async () => {
    await expectError(submit(inputFor('MassMobilizationCommission', 'MMC-30')), 'BAD_USER_INPUT', 'input.submitter.type');
  });

  it('refuses a correction of an unknown report, of another submitter or of another period', async () => {
    await expectError(
      submit(inputFor('StateAgency', 'PCOM-30', { unitCode: '30', corrects: '00000000-0000-5000-8000-000000000000' })),
      'NOT_FOUND',
      'input.corrects',
    );
    // The Women's Union of Bình Thuận's Q3 2024 report belongs to another organization.
    await expectError(
      submit(inputFor('StateAgency', 'PCOM-30', { unitCode: '30', corrects: STORY_REPORT_IDS.wu60Original })),
      'BAD_USER_INPUT',
      'input.corrects',
    );
    const original = (
      await submit(inputFor('StateAgency', 'PCOM-30', { unitCode: '30', period: { year: 2025, frequency: 'MONTHLY', index: 3 } }))
    ).data!.submitReport;
    await expectError(
      submit(
        inputFor('StateAgency', 'PCOM-30', {
          unitCode: '30',
          period: { year: 2025, frequency: 'MONTHLY', index: 4 },
          corrects: original.id,
        }),
      ),
      'BAD_USER_INPUT',
      'input.corrects',
    );
    await expectError(
      submit(inputFor('StateAgency', 'PCOM-30', { unitCode: '30', kind: 'URGENT', corrects: original.id })),
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
    const current = await submit(
      inputFor('StateAgency', 'PCOM-64', { unitCode: '64', period: { year, frequency: 'MONTHLY', index: month } }),
    );
    expect(current.errors).toBeUndefined();
    const quarter = await submit(
      inputFor('StateAgency', 'PCOM-64', { unitCode: '64', period: { year, frequency: 'QUARTERLY', index: Math.ceil(month / 3) } }),
    );
    expect(quarter.errors).toBeUndefined();
    const next = month === 12 ? { year: year + 1, frequency: 'MONTHLY', index: 1 } : { year, frequency: 'MONTHLY', index: month + 1 };
    const error = await expectError(
      submit(inputFor('StateAgency', 'PCOM-64', { unitCode: '64', period: next })),
      'BAD_USER_INPUT',
      'input.period',
    );
    expect(error.message).toMatch(/a period that has begun/);
  });

  it('refuses a correction sent to another recipient than the report it corrects', async () => {
    const period = { year: 2025, frequency: 'QUARTERLY', index: 1 };
    const original = (await submit(inputFor('FrontOrganization', 'VA-64', { unitCode: '64', period }))).data!.submitReport;
    // Given another unit, the correction would go to that unit's committee, where it would be a first report:
    // the unit is the submitter's own, so another one is refused before the correction is looked at.
    await expectError(
      submit(inputFor('FrontOrganization', 'VA-64', { unitCode: '622', period, corrects: original.id })),
      'BAD_USER_INPUT',
      'input.unitCode',
    );
    const correction = await submit(inputFor('FrontOrganization', 'VA-64', { unitCode: '64', period, corrects: original.id }));
    expect(correction.errors).toBeUndefined();
  });

  it("files the report of an organization the rules do not bind, which settles no obligation: the owner's list decides", async () => {
    // A People's Council is not on the state subgraph's list of reporting organizations
    // (only the People's Committee is); the party files its report, and the owner's list decides what it owes.
    const period = { year: 2025, frequency: 'SEMI_ANNUAL', index: 1 };
    const { data, errors } = await submit(inputFor('StateAgency', 'PCOU-64', { unitCode: '64', period }));
    expect(errors).toBeUndefined();
    expect(data!.submitReport).toMatchObject({ submitter: { __typename: 'StateAgency', id: 'PCOU-64' }, recipient: { id: 'PC-64' } });
    const { data: compliance } = await services.querySubgraph(
      'party',
      `query ($representations: [_Any!]!, $period: PeriodInput!) { _entities(representations: $representations) { ... on AdministrativeUnit {
        reportingCompliance(period: $period, asOf: "2025-07-20") { obligations { status submitter { ... on StateAgency { id } } } }
      } } }`,
      { representations: [unitRepresentation('64')], period },
    );
    const obligations = compliance!._entities[0].reportingCompliance.obligations as { status: string; submitter: { id?: string } }[];
    expect(obligations.map((o) => o.submitter.id)).not.toContain('PCOU-64');
    expect(obligations.find((o) => o.submitter.id === 'PCOM-64')!.status).toBe('OVERDUE');
  });
});

describe('authorization', () => {
  it('refuses a reader', async () => {
    const before = await reportCount();
    const error = await expectError(
      submit(inputFor('StateAgency', 'PCOM-30', { unitCode: '30' }), await editorOf('StateAgency', 'PCOM-30', ['reader'])),
      'FORBIDDEN',
    );
    expect(error.message).toMatch(/the role editor is required/);
    expect(await reportCount()).toBe(before);
  });

  it('refuses an editor of another organization: a district cannot report as its province, nor a sibling, nor the Front as the authority', async () => {
    const before = await reportCount();
    await expectError(
      submit(inputFor('PartyCommittee', 'PC-30'), await editorOf('PartyCommittee', 'PC-288')),
      'FORBIDDEN',
      'input.submitter',
    );
    await expectError(
      submit(inputFor('PartyCommittee', 'PC-288'), await editorOf('PartyCommittee', 'PC-290')),
      'FORBIDDEN',
      'input.submitter',
    );
    // Commissions only receive copies: a commission does not report in its committee's name.
    await expectError(
      submit(inputFor('PartyCommittee', 'PC-288'), await editorOf('MassMobilizationCommission', 'MMC-288')),
      'FORBIDDEN',
      'input.submitter',
    );
    await expectError(
      submit(inputFor('StateAgency', 'PCOM-30', { unitCode: '30' }), await editorOf('FrontOrganization', 'VFF-30')),
      'FORBIDDEN',
      'input.submitter',
    );
    expect(await reportCount()).toBe(before);
  });

  it('accepts an editor of a committee above the submitting committee (design section 6), and audits who acted for whom', async () => {
    const { data, errors } = await submit(
      inputFor('PartyCommittee', 'PC-10507', { unitCode: '10507' }),
      await editorOf('PartyCommittee', 'PC-30'),
    );
    expect(errors).toBeUndefined();
    expect(data!.submitReport).toMatchObject({ submitter: { id: 'PC-10507' }, recipient: { id: 'PC-288' } });
    const [audit] = await services.subgraphs.party!.db.query('SELECT * FROM audit_entry WHERE record_id = $1', [data!.submitReport.id]);
    expect(audit).toMatchObject({
      operation: 'submitReport',
      record_type: 'Report',
      actor_organization_type: 'PartyCommittee',
      actor_organization_id: 'PC-30',
      owner_organization_type: 'PartyCommittee',
      owner_organization_id: 'PC-10507',
      before: null,
    });
    expect(audit.after).toMatchObject({ id: data!.submitReport.id, submitterId: 'PC-10507', recipientId: 'PC-288' });
  });

  it('accepts an admin of the submitter', async () => {
    const { errors } = await submit(
      inputFor('StateAgency', 'PCOM-30', { unitCode: '30' }),
      await editorOf('StateAgency', 'PCOM-30', ['admin']),
    );
    expect(errors).toBeUndefined();
  });

  it('refuses a request without a token', async () => {
    const response = await services.querySubgraph('party', SUBMIT, { input: inputFor('StateAgency', 'PCOM-30', { unitCode: '30' }) }, null);
    expect(response.status).toBe(401);
    expect(response.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('idempotency', () => {
  it('returns the first report for a retry with the same key and input', async () => {
    const input = inputFor('FrontOrganization', 'FU-30', { unitCode: '30', idempotencyKey: 'fu-30-2025-retry' });
    const first = await submit(input);
    const retry = await submit(input);
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.submitReport).toEqual(first.data!.submitReport);
    // The key is the library's, claimed by the acting organization; one report, one audit row.
    const [claim] = await services.subgraphs.party!.db.query(`SELECT * FROM idempotency_key WHERE key = 'fu-30-2025-retry'`);
    expect(claim).toMatchObject({
      organization_type: 'FrontOrganization',
      organization_id: 'FU-30',
      operation: 'submitReport',
      record_id: first.data!.submitReport.id,
    });
    const [{ count }] = await services.subgraphs.party!.db.query(`SELECT count(*)::int AS count FROM audit_entry WHERE record_id = $1`, [
      claim.record_id,
    ]);
    expect(count).toBe(1);
  });

  it('answers CONFLICT when the key comes back with other input', async () => {
    const input = inputFor('FrontOrganization', 'FU-30', { unitCode: '30', idempotencyKey: 'fu-30-2025-conflict' });
    expect((await submit(input)).errors).toBeUndefined();
    const before = await reportCount();
    await expectError(submit({ ...input, summary: 'Nội dung khác.' }), 'CONFLICT', 'input.idempotencyKey');
    expect(await reportCount()).toBe(before);
  });

  it('files one report when two submissions with one key race', async () => {
    const input = inputFor('FrontOrganization', 'YU-30', { unitCode: '30', idempotencyKey: 'yu-30-2025-race' });
    const token = await editorOf('FrontOrganization', 'YU-30');
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
        { input: inputFor('StateAgency', 'PCOM-596') },
        await editorOf('StateAgency', 'PCOM-596'),
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
