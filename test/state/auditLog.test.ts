import type { Viewer } from '../../lib';
import { tokenFor } from '../support/services';
import { StateHarness, startState } from './support';

/**
 * `stateAuditLog`: an admin reads the changes to the records their own agency
 * owns, most recent first, filtered and a page at a time; nobody else reads it.
 * Databases of this file's own (`state_auditlog`), so the log holds exactly the
 * changes made here.
 */
let state: StateHarness;

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
    unitCode: '23035',
    responsibleAgencyId: 'PCOM-596',
    openedOn: '2024-09-10',
  };
  caseId = (await mutate(OPEN, { ...opened, reference: '60-2024-801' }, 'PCOM-596')).id;
  // Opened by the province for its district: the district owns it, so it is in the district's log.
  await mutate(OPEN, { ...opened, reference: '60-2024-802' }, 'PCOM-60');
  // Another district's case: not in Bắc Bình's log.
  await mutate(OPEN, { ...opened, reference: '60-2024-803', unitCode: '598', responsibleAgencyId: 'PCOM-598' }, 'PCOM-598');
  startedAt = new Date().toISOString();
  await mutate(
    `mutation ($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { id } }`,
    { caseId, status: 'IN_PROGRESS', version: 1 },
    'PCOM-596',
  );
  dialogueId = (
    await mutate(
      `mutation ($input: RecordDialogueInput!) { recordDialogue(input: $input) { id } }`,
      {
        title: 'Đối thoại về ngập úng thôn 3',
        heldOn: '2024-09-20',
        unitCode: '23035',
        hostAgencyId: 'PCOM-596',
        participants: 60,
        issuesRaised: 4,
        issuesResolved: 2,
        caseId,
      },
      'PCOM-596',
    )
  ).id;
});
afterAll(() => state?.services.stop());

describe('stateAuditLog', () => {
  it("shows an admin their own agency's changes, most recent first, whoever made them", async () => {
    const { data, errors } = await log({}, tokenOf('PCOM-596', 'admin'));
    expect(errors).toBeUndefined();
    const { nodes, totalCount, pageInfo } = data!.stateAuditLog;
    expect(totalCount).toBe(4);
    expect(pageInfo.hasNextPage).toBe(false);
    expect(nodes.map((n: any) => [n.operation, n.actorOrganizationId])).toEqual([
      ['recordDialogue', 'PCOM-596'],
      ['changeCaseStatus', 'PCOM-596'],
      ['openCase', 'PCOM-60'],
      ['openCase', 'PCOM-596'],
    ]);
    expect(nodes.every((n: any) => n.ownerOrganizationId === 'PCOM-596' && n.actorOrganizationType === 'StateAgency')).toBe(true);
    const change = nodes[1];
    expect(change).toMatchObject({
      actorSubject: 'editor-of-PCOM-596',
      recordType: 'Case',
      recordId: caseId,
      occurredAt: expect.stringMatching(/\+07:00$/),
    });
    expect(JSON.parse(change.before)).toMatchObject({ status: 'RECEIVED', version: 1 });
    expect(JSON.parse(change.after)).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    expect(nodes[3].before).toBeNull();
    expect(JSON.parse(nodes[3].after)).toMatchObject({ reference: '60-2024-801', status: 'RECEIVED' });
  });

  it('filters by record type, record and time, and names the own organization explicitly', async () => {
    const admin = tokenOf('PCOM-596', 'admin');
    const total = async (filter: object) => (await log({ filter }, admin)).data!.stateAuditLog.totalCount;
    expect(await total({ recordType: 'Case' })).toBe(3);
    expect(await total({ recordType: 'Dialogue' })).toBe(1);
    expect(await total({ recordId: caseId })).toBe(2);
    expect(await total({ recordId: dialogueId, recordType: 'Dialogue' })).toBe(1);
    expect(await total({ from: startedAt })).toBe(2);
    expect(await total({ to: startedAt })).toBe(2);
    expect(await total({ organizationId: 'PCOM-596' })).toBe(4);
  });

  it('pages through the log with cursors', async () => {
    const admin = tokenOf('PCOM-596', 'admin');
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
    const { data } = await log({}, tokenOf('PCOM-60', 'admin'));
    expect(data!.stateAuditLog.totalCount).toBe(0);
  });

  it.each([
    ['an editor', tokenOf('PCOM-596', 'editor'), {}, 'admin is required'],
    ['a reader', tokenOf('PCOM-596', 'reader'), {}, 'admin is required'],
    [
      "an admin asking for another organization's log",
      tokenOf('PCOM-596', 'admin'),
      { filter: { organizationId: 'PCOM-598' } },
      'filter.organizationId',
    ],
    [
      'an admin of another family',
      tokenFor({ org: { type: 'PartyCommittee', id: 'PC-596' }, roles: ['admin'] }),
      { filter: { organizationId: 'PCOM-596' } },
      'filter.organizationId',
    ],
  ])('is FORBIDDEN to %s', async (_, token, variables, message) => {
    const { data, errors } = await log(variables, token);
    expect(data ?? null).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(errors?.[0].message).toContain(message);
  });
});
