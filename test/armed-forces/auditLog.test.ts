import { carriedOnBy, LAST_THREE_LEVEL_DAY, TWO_LEVEL_FIRST_DAY, unitTree, type Viewer } from '../../lib';
import { demoArmedUnits } from '../../seed/armed-forces';
import { inName } from '../../seed/demo';
import { GraphQLResponse, Services, tokenFor } from '../support/services';

/**
 * `armedForcesAuditLog` over HTTP on a database of this file's own
 * (`armed-forces_audit`), so that the entries asserted are exactly the ones
 * recorded here: the provincial military command of the new Gia Lai (MC-52-2025,
 * formed on 2025-07-01; MC-64 ended on 2025-06-30 and writes nothing) owns three
 * activities (recorded by itself and by Military Region 5 above it) and records one
 * for the regional defense command that took over Krông Pa district's command
 * (MC-637), which that command owns.
 */
let services: Services;

const PROVINCE = 'MC-52-2025';
/** The regional defense command below the province that carries on Krông Pa district's command. */
const REGIONAL = demoArmedUnits().find((u) => u.predecessorIds.includes('MC-637'))!.id;
/** The commune of the new Gia Lai that carries on the first commune of a former district. */
const communeOf = (district: string) =>
  carriedOnBy(unitTree(district, LAST_THREE_LEVEL_DAY).find((u) => u.level === 'COMMUNE')!.code, TWO_LEVEL_FIRST_DAY)!;
const CHU_SE = communeOf('633');
const KRONG_PA = communeOf('637');

const tokenOf = (id: string, roles: Viewer['roles'], sub = `officer-of-${id}`) => tokenFor({ sub, org: { type: 'ArmedUnit', id }, roles });

const RECORD = /* GraphQL */ `
  mutation ($input: RecordMobilizationActivityInput!) {
    recordMobilizationActivity(input: $input) {
      id
    }
  }
`;

const LOG = /* GraphQL */ `
  query ($filter: AuditLogFilter, $first: Int, $after: String) {
    armedForcesAuditLog(filter: $filter, first: $first, after: $after) {
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

interface Entry {
  id: string;
  occurredAt: string;
  actorSubject: string;
  actorOrganizationId: string;
  ownerOrganizationId: string;
  recordId: string;
  before: string | null;
  after: string;
}
type LogPage = {
  armedForcesAuditLog: { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
};

const log = async (token: string, variables: Record<string, unknown> = {}) =>
  services.querySubgraph('armed-forces', LOG, variables, token) as Promise<GraphQLResponse<LogPage>>;

/** Records an activity conducted by `conductedById` with the token of `actor`; returns its id. */
async function recordAs(actor: string, sub: string, conductedById: string, unitCode: string, title: string): Promise<string> {
  const input = {
    title,
    // One logical request per activity: its title is unique in this file.
    idempotencyKey: `audit-${title}`,
    kind: 'DISASTER_RELIEF',
    conductedById,
    unitCode,
    startedOn: '2026-05-12',
    endedOn: '2026-05-16',
    personnel: 60,
    manDays: 300,
    householdsReached: 140,
  };
  const { data, errors } = await services.querySubgraph('armed-forces', RECORD, { input }, await tokenOf(actor, ['editor'], sub));
  expect(errors).toBeUndefined();
  return (data as { recordMobilizationActivity: { id: string } }).recordMobilizationActivity.id;
}

let startedAt: Date;
/** The provincial command's activities, in the order they were recorded. */
const owned: string[] = [];
let district: string;
let admin: string;

beforeAll(async () => {
  services = await Services.start(['armed-forces'], { databaseSuffix: 'audit' });
  startedAt = new Date(Date.now() - 1000);
  owned.push(await recordAs(PROVINCE, 'tham-muu-52', PROVINCE, '52', 'Giúp nhân dân tỉnh Gia Lai chống hạn vụ đông xuân'));
  owned.push(await recordAs('MR-5', 'tham-muu-qk5', PROVINCE, CHU_SE.code, `Giúp nhân dân ${inName(CHU_SE)} sửa chữa kênh mương`));
  owned.push(await recordAs(PROVINCE, 'tham-muu-52', PROVINCE, KRONG_PA.code, `Giúp nhân dân ${inName(KRONG_PA)} khơi thông dòng chảy`));
  district = await recordAs(PROVINCE, 'tham-muu-52', REGIONAL, KRONG_PA.code, `Giúp nhân dân vùng biên giới ${inName(KRONG_PA)} làm nhà`);
  admin = await tokenOf(PROVINCE, ['admin']);
  // The first file of a run to get here seeds the demo's template databases (test/support/databases.ts), which takes a while.
}, 300_000);
afterAll(() => services?.stop());

describe('Query.armedForcesAuditLog', () => {
  it("shows an admin their organization's changes, most recent first, with the record after each", async () => {
    const { data, errors } = await log(admin);
    expect(errors).toBeUndefined();
    const page = data!.armedForcesAuditLog;
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((e) => e.recordId)).toEqual([...owned].reverse());
    expect(page.nodes[1]).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/),
      // The region above recorded it; the provincial command owns it.
      actorSubject: 'tham-muu-qk5',
      actorOrganizationType: 'ArmedUnit',
      actorOrganizationId: 'MR-5',
      ownerOrganizationId: PROVINCE,
      operation: 'recordMobilizationActivity',
      recordType: 'MobilizationActivity',
      recordId: owned[1],
      before: null,
      after: expect.any(String),
    });
    expect(JSON.parse(page.nodes[1].after)).toMatchObject({
      id: owned[1],
      title: `Giúp nhân dân ${inName(CHU_SE)} sửa chữa kênh mương`,
      conductedById: PROVINCE,
      unitCode: CHU_SE.code,
      manDays: 300,
      version: 1,
    });
  });

  it("shows the regional defense command's change in its own log, not the province's", async () => {
    const { data } = await log(await tokenOf(REGIONAL, ['admin']));
    expect(data!.armedForcesAuditLog.nodes).toEqual([
      expect.objectContaining({ recordId: district, actorOrganizationId: PROVINCE, ownerOrganizationId: REGIONAL }),
    ]);
    expect((await log(admin)).data!.armedForcesAuditLog.nodes.map((e) => e.recordId)).not.toContain(district);
    // The region recorded one of the provincial command's activities, but the entry is the owner's.
    expect((await log(await tokenOf('MR-5', ['admin']))).data!.armedForcesAuditLog.totalCount).toBe(0);
  });

  it('filters by organization, record type, record and time', async () => {
    const count = async (filter: Record<string, unknown>) => {
      const { data, errors } = await log(admin, { filter });
      expect(errors).toBeUndefined();
      return data!.armedForcesAuditLog.nodes.map((e) => e.recordId);
    };
    expect(await count({ organizationId: PROVINCE })).toEqual([...owned].reverse());
    expect(await count({ recordType: 'MobilizationActivity' })).toHaveLength(3);
    expect(await count({ recordType: 'Case' })).toEqual([]);
    expect(await count({ recordId: owned[0] })).toEqual([owned[0]]);
    expect(await count({ recordId: district })).toEqual([]);
    expect(await count({ from: startedAt.toISOString() })).toHaveLength(3);
    expect(await count({ from: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    expect(await count({ to: startedAt.toISOString() })).toEqual([]);
    expect(await count({ from: startedAt.toISOString(), to: new Date(Date.now() + 60_000).toISOString() })).toHaveLength(3);
  });

  it('pages without gaps or repeats', async () => {
    const first = (await log(admin, { first: 2 })).data!.armedForcesAuditLog;
    expect(first.nodes).toHaveLength(2);
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await log(admin, { first: 2, after: first.pageInfo.endCursor })).data!.armedForcesAuditLog;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...second.nodes].map((e) => e.recordId)).toEqual([...owned].reverse());
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 201 }, 'first'],
    [{ after: 'bm90LWEtY3Vyc29y' }, 'after'],
  ])('refuses bad input %j naming %s', async (variables, field) => {
    const { errors } = await log(admin, variables);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toMatch(new RegExp(`^${field}:`));
  });

  it.each([
    ['an editor', PROVINCE, ['editor'], {}, /the role admin is required/],
    ['a reader', PROVINCE, ['reader'], {}, /the role admin is required/],
    ["an admin asking for a subordinate's log", PROVINCE, ['admin'], { organizationId: REGIONAL }, /^filter\.organizationId: /],
    ["an admin asking for its superior's log", PROVINCE, ['admin'], { organizationId: 'MR-5' }, /^filter\.organizationId: /],
    ["an admin asking for another province's log", PROVINCE, ['admin'], { organizationId: 'MC-68-2025' }, /^filter\.organizationId: /],
  ] as const)('refuses %s', async (_who, org, roles, filter, message) => {
    const { data, errors } = await log(await tokenOf(org, [...roles]), { filter });
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(errors?.[0].message).toMatch(message);
  });
});
