import type { Viewer } from '../../lib';
import { tokenFor } from '../support/services';
import { SEEDING_TIMEOUT_MS, StateHarness, startState } from './support';

/**
 * `stateAuditLog`: an admin reads the changes to the records their own agency
 * owns, most recent first, filtered and a page at a time; nobody else reads it.
 * Databases of this file's own (`state_auditlog`), so the log holds the changes made
 * here and, before them, only the seed's audited hand-overs of the cases still open on
 * 2025-06-30 (design section 10), none of which Xã Phan Sơn received. The agencies
 * act as they stand today: Lâm Đồng's People's Committee (formed on 2025-07-01) and
 * two of its communes, with records dated after 2025-07-01.
 */
let state: StateHarness;

/** Xã Phan Sơn, Lâm Đồng (formed on 2025-07-01), its People's Committee, its province's, and another commune's (Xã Hải Ninh). */
const COMMUNE = 'PCOM-23008-2025';
const PROVINCE = 'PCOM-68-2025';
const OTHER_COMMUNE = 'PCOM-23020-2025';

const tokenOf = (id: string, role: Viewer['roles'][number] = 'editor') =>
  tokenFor({ sub: `${role}-of-${id}`, org: { type: 'StateAgency', id }, roles: [role] });

const LOG = /* GraphQL */ `
  query ($filter: AuditLogFilter, $first: Int, $after: String) {
    stateAuditLog(filter: $filter, first: $first, after: $after) {
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

const log = async (variables: Record<string, unknown>, token: Promise<string>) => state.query(LOG, variables, await token);

let caseId: string;
let dialogueId: string;
let startedAt: string;

let keys = 0;
/** Runs a mutation as an editor of `actor`, each call one logical request with a key of its own. */
async function mutate(query: string, input: Record<string, unknown>, actor: string) {
  const { data, errors } = await state.query(
    query,
    { input: { ...input, idempotencyKey: `auditlog-${(keys += 1)}` } },
    await tokenOf(actor),
  );
  expect(errors).toBeUndefined();
  return Object.values(data!)[0] as { id: string };
}

beforeAll(async () => {
  state = await startState({ databaseSuffix: 'auditlog' });
  const OPEN = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`;
  const opened = {
    title: 'Ngập úng cục bộ tại khu dân cư thôn 3',
    category: 'INFRASTRUCTURE',
    unitCode: '23008',
    responsibleAgencyId: COMMUNE,
    openedOn: '2026-03-10',
  };
  caseId = (await mutate(OPEN, { ...opened, reference: '68-2026-801' }, COMMUNE)).id;
  // Opened by the province for its commune: the commune owns it, so it is in the commune's log.
  await mutate(OPEN, { ...opened, reference: '68-2026-802' }, PROVINCE);
  // Another commune's case: not in Phan Sơn's log.
  await mutate(OPEN, { ...opened, reference: '68-2026-803', unitCode: '23020', responsibleAgencyId: OTHER_COMMUNE }, OTHER_COMMUNE);
  startedAt = new Date().toISOString();
  await mutate(
    `mutation ($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { id } }`,
    { caseId, status: 'IN_PROGRESS', version: 1 },
    COMMUNE,
  );
  dialogueId = (
    await mutate(
      `mutation ($input: RecordDialogueInput!) { recordDialogue(input: $input) { id } }`,
      {
        title: 'Đối thoại về ngập úng thôn 3',
        heldOn: '2026-03-20',
        unitCode: '23008',
        hostAgencyId: COMMUNE,
        participants: 60,
        issuesRaised: 4,
        issuesResolved: 2,
        caseId,
      },
      COMMUNE,
    )
  ).id;
}, SEEDING_TIMEOUT_MS);
afterAll(() => state?.services.stop());

describe('stateAuditLog', () => {
  it("shows an admin their own agency's changes, most recent first, whoever made them", async () => {
    const { data, errors } = await log({}, tokenOf(COMMUNE, 'admin'));
    expect(errors).toBeUndefined();
    const { nodes, totalCount, pageInfo } = data!.stateAuditLog;
    expect(totalCount).toBe(4);
    expect(pageInfo.hasNextPage).toBe(false);
    expect(nodes.map((n: any) => [n.operation, n.actorOrganizationId])).toEqual([
      ['recordDialogue', COMMUNE],
      ['changeCaseStatus', COMMUNE],
      ['openCase', PROVINCE],
      ['openCase', COMMUNE],
    ]);
    expect(nodes.every((n: any) => n.ownerOrganizationId === COMMUNE && n.actorOrganizationType === 'StateAgency')).toBe(true);
    const change = nodes[1];
    expect(change).toMatchObject({
      actorSubject: `editor-of-${COMMUNE}`,
      recordType: 'Case',
      recordId: caseId,
      occurredAt: expect.stringMatching(/\+07:00$/),
    });
    expect(JSON.parse(change.before)).toMatchObject({ status: 'RECEIVED', version: 1 });
    expect(JSON.parse(change.after)).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    expect(nodes[3].before).toBeNull();
    expect(JSON.parse(nodes[3].after)).toMatchObject({ reference: '68-2026-801', status: 'RECEIVED' });
  });

  it('filters by record type, record and time, and names the own organization explicitly', async () => {
    const admin = tokenOf(COMMUNE, 'admin');
    const total = async (filter: object) => (await log({ filter }, admin)).data!.stateAuditLog.totalCount;
    expect(await total({ recordType: 'Case' })).toBe(3);
    expect(await total({ recordType: 'Dialogue' })).toBe(1);
    expect(await total({ recordId: caseId })).toBe(2);
    expect(await total({ recordId: dialogueId, recordType: 'Dialogue' })).toBe(1);
    expect(await total({ from: startedAt })).toBe(2);
    expect(await total({ to: startedAt })).toBe(2);
    expect(await total({ organizationId: COMMUNE })).toBe(4);
  });

  it('pages through the log with cursors', async () => {
    const admin = tokenOf(COMMUNE, 'admin');
    const first = (await log({ first: 3 }, admin)).data!.stateAuditLog;
    expect(first.nodes).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await log({ first: 3, after: first.pageInfo.endCursor }, admin)).data!.stateAuditLog;
    expect(second.nodes).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const all = (await log({}, admin)).data!.stateAuditLog.nodes.map((n: any) => n.id);
    expect([...first.nodes, ...second.nodes].map((n: any) => n.id)).toEqual(all);
  });

  it("does not show the acting organization the changes it made to another's records", async () => {
    const { data } = await log({ first: 200 }, tokenOf(PROVINCE, 'admin'));
    // Only the seed's hand-overs to the province of the open cases of its predecessors' districts.
    const [{ handedOver }] = await state.services.subgraphs.state!.db.query(
      `SELECT count(*)::int AS "handedOver" FROM case_transfer WHERE to_agency_id = $1`,
      [PROVINCE],
    );
    expect(handedOver).toBeGreaterThan(0);
    expect(data!.stateAuditLog.totalCount).toBe(handedOver);
    expect(data!.stateAuditLog.nodes.every((n: any) => n.operation === 'transferCase' && n.actorSubject === 'seed')).toBe(true);
  });

  it.each([
    ['an editor', tokenOf(COMMUNE, 'editor'), {}, 'admin is required'],
    ['a reader', tokenOf(COMMUNE, 'reader'), {}, 'admin is required'],
    [
      "an admin asking for another organization's log",
      tokenOf(COMMUNE, 'admin'),
      { filter: { organizationId: OTHER_COMMUNE } },
      'filter.organizationId',
    ],
    [
      'an admin of another family',
      tokenFor({ org: { type: 'PartyCommittee', id: 'PC-23008-2025' }, roles: ['admin'] }),
      { filter: { organizationId: COMMUNE } },
      'filter.organizationId',
    ],
  ])('is FORBIDDEN to %s', async (_, token, variables, message) => {
    const { data, errors } = await log(variables, token);
    expect(data ?? null).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(errors?.[0].message).toContain(message);
  });
});
