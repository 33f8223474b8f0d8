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

/**
 * The organizations that act: Xã Bắc Bình's Women's Union and Lâm Đồng's above it, both
 * formed on 2025-07-01 (an organization that ended on 2025-06-30 writes nothing).
 */
const COMMUNE_WU = 'WU-23005-2025';
const PROVINCE_WU = 'WU-68-2025';

/** What was done, in order: the commune union's three supervisions (one by the province union's editor) and an answer; one of the province union's own. */
const made: { communeSupervisions: string[]; recommendation: string; provinceSupervision: string; betweenSecondAndThird: string } = {
  communeSupervisions: [],
  recommendation: '',
  provinceSupervision: '',
  betweenSecondAndThird: '',
};

async function mutate(query: string, input: Record<string, unknown>, token: string) {
  const response = await services.querySubgraph('front', query, { input }, token);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0] as any;
}

/** A supervision in a unit formed on 2025-07-01 (`23005`, `68`), of its People's Committee (`PCOM-23005-2025`). */
function supervision(conductedById: string, unitCode: string, n: number) {
  const committee = `PCOM-${unitCode}-2025`;
  return {
    title: `Giám sát số ${n} năm 2026`,
    idempotencyKey: `auditlog-supervision-${n}`,
    form: 'SUPERVISION',
    conductedById,
    target: { type: 'STATE_AGENCY', id: committee },
    unitCode,
    startedOn: '2026-03-16',
    recommendations: [{ content: `Kiến nghị của cuộc giám sát số ${n}`, addressedTo: { type: 'STATE_AGENCY', id: committee } }],
  };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

beforeAll(async () => {
  // The state subgraph confirms the People's Committees a supervision targets.
  services = await Services.start(['front', 'state'], { databaseSuffix: 'auditlog' });
  const commune = await frontToken(COMMUNE_WU, ['editor']);
  const province = await frontToken(PROVINCE_WU, ['editor']);
  const first = await mutate(RECORD, supervision(COMMUNE_WU, '23005', 1), commune);
  await pause();
  const second = await mutate(RECORD, supervision(COMMUNE_WU, '23005', 2), province);
  await pause();
  made.betweenSecondAndThird = new Date().toISOString();
  await pause();
  const third = await mutate(RECORD, supervision(COMMUNE_WU, '23005', 3), commune);
  await pause();
  made.provinceSupervision = (await mutate(RECORD, supervision(PROVINCE_WU, '68', 4), province)).id;
  await pause();
  made.recommendation = first.recommendations[0].id;
  await mutate(
    UPDATE,
    { recommendationId: made.recommendation, status: 'ACCEPTED', response: 'Tiếp thu', version: 1, idempotencyKey: 'auditlog-answer-1' },
    commune,
  );
  made.communeSupervisions = [first.id, second.id, third.id];
  // The first file of a run to get here seeds the demo's template databases (test/support/databases.ts), which takes a while.
}, 300_000);

afterAll(async () => {
  await services?.stop();
});

async function log(token: string, variables: Record<string, unknown> = {}) {
  const response = await services.querySubgraph('front', AUDIT_LOG, variables, token);
  expect(response.errors).toBeUndefined();
  return response.data!.frontAuditLog;
}

test("an admin reads their own organization's entries, most recent first, whoever made the change", async () => {
  const page = await log(await frontToken(COMMUNE_WU, ['admin']));
  expect(page.totalCount).toBe(4);
  const [answer, third, second, first] = page.nodes;
  const [s1, s2, s3] = made.communeSupervisions;
  expect(page.nodes.map((e: any) => [e.operation, e.recordType, e.recordId, e.actorOrganizationId])).toEqual([
    ['updateRecommendationStatus', 'Recommendation', made.recommendation, COMMUNE_WU],
    ['recordSupervision', 'Supervision', s3, COMMUNE_WU],
    ['recordSupervision', 'Supervision', s2, PROVINCE_WU],
    ['recordSupervision', 'Supervision', s1, COMMUNE_WU],
  ]);
  for (const entry of page.nodes) {
    expect(entry).toMatchObject({ ownerOrganizationId: COMMUNE_WU, actorOrganizationType: 'FrontOrganization', actorSubject: 'test-user' });
    expect(entry.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
  }
  expect(first.before).toBeNull();
  expect(JSON.parse(first.after)).toMatchObject({
    id: s1,
    conductedById: COMMUNE_WU,
    recommendations: [{ id: made.recommendation, status: 'PENDING' }],
  });
  expect(JSON.parse(answer.before)).toMatchObject({ status: 'PENDING', version: 1 });
  expect(JSON.parse(answer.after)).toMatchObject({ status: 'ACCEPTED', response: 'Tiếp thu', version: 2 });
  expect([second.recordId, third.recordId]).toEqual([s2, s3]);

  // The province union's admin sees only its own records, not the one its editor made for the commune's union.
  const provinceLog = await log(await frontToken(PROVINCE_WU, ['admin']), { filter: { organizationId: PROVINCE_WU } });
  expect(provinceLog.nodes.map((e: any) => [e.recordId, e.ownerOrganizationId])).toEqual([[made.provinceSupervision, PROVINCE_WU]]);
});

test('filters by record type, record and time; pages follow the cursor', async () => {
  const admin = await frontToken(COMMUNE_WU, ['admin']);
  const byType = await log(admin, { filter: { recordType: 'Recommendation' } });
  expect(byType.nodes.map((e: any) => e.recordId)).toEqual([made.recommendation]);
  const byRecord = await log(admin, { filter: { recordId: made.communeSupervisions[1] } });
  expect(byRecord.nodes.map((e: any) => e.operation)).toEqual(['recordSupervision']);
  const since = await log(admin, { filter: { from: made.betweenSecondAndThird } });
  expect(since.totalCount).toBe(2);
  const before = await log(admin, { filter: { to: made.betweenSecondAndThird } });
  expect(before.nodes.map((e: any) => e.recordId)).toEqual([made.communeSupervisions[1], made.communeSupervisions[0]]);

  const firstPage = await log(admin, { first: 3 });
  expect(firstPage.pageInfo.hasNextPage).toBe(true);
  const secondPage = await log(admin, { first: 3, after: firstPage.pageInfo.endCursor });
  expect(secondPage.pageInfo.hasNextPage).toBe(false);
  const all = await log(admin);
  expect([...firstPage.nodes, ...secondPage.nodes].map((e: any) => e.id)).toEqual(all.nodes.map((e: any) => e.id));
});

test("an editor or a reader may not read it, nor an admin another organization's log: FORBIDDEN", async () => {
  for (const [token, field] of [
    [await frontToken(COMMUNE_WU, ['editor']), 'admin'],
    [await frontToken(COMMUNE_WU, ['reader']), 'admin'],
    [await frontToken(PROVINCE_WU, ['admin']), 'filter.organizationId'],
  ] as const) {
    const response = await services.querySubgraph('front', AUDIT_LOG, { filter: { organizationId: COMMUNE_WU } }, token);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(response.errors![0].message).toContain(field);
    expect(response.data).toBeNull();
  }
});
