import type { Viewer } from '../../lib';
import { Services, tokenFor } from '../support/services';

/**
 * `frontAuditLog`: an admin reads the changes to the records their own
 * organization owns, most recent first, filtered and a page at a time; nobody
 * else reads it. Databases of this file's own (`front_auditlog`), so the entries
 * are exactly the ones made here.
 */
let services: Services;

const frontToken = (id: string, roles: Viewer['roles']) => tokenFor({ org: { type: 'FrontOrganization', id }, roles });

const RECORD = /* GraphQL */ `
  #graphql
  mutation ($input: RecordSupervisionInput!) {
    recordSupervision(input: $input) {
      id
      recommendations {
        id
        version
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  #graphql
  mutation ($input: UpdateRecommendationStatusInput!) {
    updateRecommendationStatus(input: $input) {
      id
      version
    }
  }
`;
const AUDIT_LOG = /* GraphQL */ `
  #graphql
  query ($filter: AuditLogFilter, $first: Int, $after: String) {
    frontAuditLog(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        occurredAt
        actorSubject
        actorOrganizationType
        actorOrganizationId
        ownerOrganizationId
        operation
        recordType
        recordId
        before
        after
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`;

/** What was done, in order: WU-596's three supervisions (one by WU-60's editor) and an answer; one of WU-60's own. */
const made: { wu596Supervisions: string[]; recommendation: string; wu60Supervision: string; betweenSecondAndThird: string } = {
  wu596Supervisions: [],
  recommendation: '',
  wu60Supervision: '',
  betweenSecondAndThird: '',
};

async function mutate(query: string, input: Record<string, unknown>, token: string) {
  const response = await services.querySubgraph('front', query, { input }, token);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0] as any;
}

function supervision(conductedById: string, unitCode: string, n: number) {
  return {
    title: `Giám sát số ${n} năm 2025`,
    idempotencyKey: `auditlog-supervision-${n}`,
    form: 'SUPERVISION',
    conductedById,
    target: { type: 'STATE_AGENCY', id: `PCOM-${unitCode}` },
    unitCode,
    startedOn: '2025-05-05',
    recommendations: [{ content: `Kiến nghị của cuộc giám sát số ${n}`, addressedTo: { type: 'STATE_AGENCY', id: `PCOM-${unitCode}` } }],
  };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

beforeAll(async () => {
  // The state subgraph confirms the People's Committees a supervision targets.
  services = await Services.start(['front', 'state'], { databaseSuffix: 'auditlog' });
  const wu596 = await frontToken('WU-596', ['editor']);
  const wu60 = await frontToken('WU-60', ['editor']);
  const first = await mutate(RECORD, supervision('WU-596', '596', 1), wu596);
  await pause();
  const second = await mutate(RECORD, supervision('WU-596', '596', 2), wu60);
  await pause();
  made.betweenSecondAndThird = new Date().toISOString();
  await pause();
  const third = await mutate(RECORD, supervision('WU-596', '23035', 3), wu596);
  await pause();
  made.wu60Supervision = (await mutate(RECORD, supervision('WU-60', '60', 4), wu60)).id;
  await pause();
  made.recommendation = first.recommendations[0].id;
  await mutate(
    UPDATE,
    { recommendationId: made.recommendation, status: 'ACCEPTED', response: 'Tiếp thu', version: 1, idempotencyKey: 'auditlog-answer-1' },
    wu596,
  );
  made.wu596Supervisions = [first.id, second.id, third.id];
});

afterAll(async () => {
  await services?.stop();
});

async function log(token: string, variables: Record<string, unknown> = {}) {
  const response = await services.querySubgraph('front', AUDIT_LOG, variables, token);
  expect(response.errors).toBeUndefined();
  return response.data!.frontAuditLog;
}

test("an admin reads their own organization's entries, most recent first, whoever made the change", async () => {
  const page = await log(await frontToken('WU-596', ['admin']));
  expect(page.totalCount).toBe(4);
  const [answer, third, second, first] = page.nodes;
  const [s1, s2, s3] = made.wu596Supervisions;
  expect(page.nodes.map((e: any) => [e.operation, e.recordType, e.recordId, e.actorOrganizationId])).toEqual([
    ['updateRecommendationStatus', 'Recommendation', made.recommendation, 'WU-596'],
    ['recordSupervision', 'Supervision', s3, 'WU-596'],
    ['recordSupervision', 'Supervision', s2, 'WU-60'],
    ['recordSupervision', 'Supervision', s1, 'WU-596'],
  ]);
  for (const entry of page.nodes) {
    expect(entry).toMatchObject({ ownerOrganizationId: 'WU-596', actorOrganizationType: 'FrontOrganization', actorSubject: 'test-user' });
    expect(entry.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
  }
  expect(first.before).toBeNull();
  expect(JSON.parse(first.after)).toMatchObject({
    id: s1,
    conductedById: 'WU-596',
    recommendations: [{ id: made.recommendation, status: 'PENDING' }],
  });
  expect(JSON.parse(answer.before)).toMatchObject({ status: 'PENDING', version: 1 });
  expect(JSON.parse(answer.after)).toMatchObject({ status: 'ACCEPTED', response: 'Tiếp thu', version: 2 });
  expect([second.recordId, third.recordId]).toEqual([s2, s3]);

  // WU-60's admin sees only WU-60's records, not the one its editor made for WU-596.
  const wu60 = await log(await frontToken('WU-60', ['admin']), { filter: { organizationId: 'WU-60' } });
  expect(wu60.nodes.map((e: any) => [e.recordId, e.ownerOrganizationId])).toEqual([[made.wu60Supervision, 'WU-60']]);
});

test('filters by record type, record and time; pages follow the cursor', async () => {
  const admin = await frontToken('WU-596', ['admin']);
  const byType = await log(admin, { filter: { recordType: 'Recommendation' } });
  expect(byType.nodes.map((e: any) => e.recordId)).toEqual([made.recommendation]);
  const byRecord = await log(admin, { filter: { recordId: made.wu596Supervisions[1] } });
  expect(byRecord.nodes.map((e: any) => e.operation)).toEqual(['recordSupervision']);
  const since = await log(admin, { filter: { from: made.betweenSecondAndThird } });
  expect(since.totalCount).toBe(2);
  const before = await log(admin, { filter: { to: made.betweenSecondAndThird } });
  expect(before.nodes.map((e: any) => e.recordId)).toEqual([made.wu596Supervisions[1], made.wu596Supervisions[0]]);

  const firstPage = await log(admin, { first: 3 });
  expect(firstPage.pageInfo.hasNextPage).toBe(true);
  const secondPage = await log(admin, { first: 3, after: firstPage.pageInfo.endCursor });
  expect(secondPage.pageInfo.hasNextPage).toBe(false);
  const all = await log(admin);
  expect([...firstPage.nodes, ...secondPage.nodes].map((e: any) => e.id)).toEqual(all.nodes.map((e: any) => e.id));
});

test("an editor or a reader may not read it, nor an admin another organization's log: FORBIDDEN", async () => {
  for (const [token, field] of [
    [await frontToken('WU-596', ['editor']), 'admin'],
    [await frontToken('WU-596', ['reader']), 'admin'],
    [await frontToken('WU-60', ['admin']), 'filter.organizationId'],
  ] as const) {
    const response = await services.querySubgraph('front', AUDIT_LOG, { filter: { organizationId: 'WU-596' } }, token);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(response.errors![0].message).toContain(field);
    expect(response.data).toBeNull();
  }
});
