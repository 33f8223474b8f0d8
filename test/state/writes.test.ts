import { STORIES } from '../../seed/demo';
import { LAST_THREE_LEVEL_DAY, type Viewer } from '../../lib';
import { StateAgency } from '../../subgraphs/state/entities/StateAgency';
import { agenciesAbove } from '../../subgraphs/state/hierarchy';
import { GraphQLResponse, tokenFor } from '../support/services';
import { SEEDING_TIMEOUT_MS, StateHarness, startState } from './support';

/**
 * The state subgraph's mutations over HTTP on databases of this file's own
 * (`state_writes`): the records and their audit rows, validation, who may write
 * for which agency, idempotency, versions, and failures leaving nothing behind.
 *
 * Only an organization in force today writes (design section 10), so the agencies
 * act as they stand since 2025-07-01, in the two-level structure, with records dated
 * from then: Xã Bắc Bình's People's Committee (which carries on Phan Hòa's and its
 * water case), Lâm Đồng's above it, and a sibling commune, Xã Phan Sơn.
 */
let state: StateHarness;

/** Xã Bắc Bình (23005, formed on 2025-07-01 from Chợ Lầu, Phan Hòa and others), Lâm Đồng (68), Xã Phan Sơn (23008). */
const COMMUNE = 'PCOM-23005-2025';
const PROVINCE = 'PCOM-68-2025';
const SIBLING = 'PCOM-23008-2025';

beforeAll(async () => {
  state = await startState({ databaseSuffix: 'writes' });
}, SEEDING_TIMEOUT_MS);
afterAll(() => state?.services.stop());

const db = () => state.services.subgraphs.state!.db;

type OrgType = Viewer['org']['type'];
const tokenOf = (id: string, roles: Viewer['roles'] = ['editor'], type: OrgType = 'StateAgency') =>
  tokenFor({ sub: `official-of-${id}`, org: { type, id }, roles });

/** Rows of the four tables a mutation may write. */
async function counts() {
  const [row] = await db().query(`
    SELECT (SELECT count(*) FROM citizen_case)::int AS cases,
           (SELECT count(*) FROM dialogue)::int AS dialogues,
           (SELECT count(*) FROM audit_entry)::int AS audits,
           (SELECT count(*) FROM idempotency_key)::int AS keys`);
  return row as { cases: number; dialogues: number; audits: number; keys: number };
}

/** Runs `action` and asserts it failed with `code`, naming `field`, and wrote nothing at all. */
async function expectRefused(action: () => Promise<GraphQLResponse>, code: string, field: string) {
  const before = await counts();
  const response = await action();
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect({ code: response.errors![0].extensions?.code, message: response.errors![0].message }).toEqual({
    code,
    message: expect.stringContaining(field),
  });
  expect(await counts()).toEqual(before);
  return response.errors![0];
}

async function auditRows(recordId: string) {
  return db().query(
    `SELECT actor_subject, actor_organization_type, actor_organization_id, owner_organization_type, owner_organization_id,
            operation, record_type, record_id, before, after, idempotency_key
       FROM audit_entry WHERE record_id = $1 ORDER BY occurred_at, id`,
    [recordId],
  );
}

// ---------------------------------------------------------------- who is above whom

describe('the agencies above an agency', () => {
  // Nearest first, in two parts: the agencies of the three-level era (all ended on
  // 2025-06-30), exactly as before the reorganization; and those in force today, the
  // Government and the agencies that carried the ones above on (design section 10: a
  // successor stands over its predecessors' records).
  it.each([
    [
      'a commune’s People’s Committee: its district’s, its province’s, the Government',
      'PCOM-23035',
      ['PCOM-596', 'PCOM-60'],
      [COMMUNE, PROVINCE, 'GOV-VN'],
    ],
    ['a district’s People’s Committee', 'PCOM-596', ['PCOM-60'], [PROVINCE, 'GOV-VN']],
    ['a provincial department: its People’s Committee, then the Government', 'DONRE-60', ['PCOM-60'], [PROVINCE, 'GOV-VN']],
    ['a district’s People’s Council: the committees of the units above, not its own unit’s', 'PCOU-596', ['PCOM-60'], [PROVINCE, 'GOV-VN']],
    ['a ministry: the Government, once', 'MOT-VN', [], ['GOV-VN']],
    ['the Government: none', 'GOV-VN', [], []],
    // Formed on 2025-07-01: nothing that had ended by then is above them (not the old Lâm Đồng's PCOM-68, whose code the new province took).
    ['a commune’s People’s Committee formed on 2025-07-01: its province’s, the Government', COMMUNE, [], [PROVINCE, 'GOV-VN']],
    ['a province’s People’s Committee formed on 2025-07-01: the Government', PROVINCE, [], ['GOV-VN']],
  ])('%s', async (_, id, threeLevel, today) => {
    const agency = await db().getRepository(StateAgency).findOneByOrFail({ id });
    const above = await agenciesAbove(db(), agency);
    expect(above.every((org) => org.type === 'StateAgency')).toBe(true);
    const ended = new Set(
      (await db().query(`SELECT id FROM state_agency WHERE valid_to = $1`, [LAST_THREE_LEVEL_DAY])).map((r: { id: string }) => r.id),
    );
    expect(above.filter((org) => ended.has(org.id)).map((org) => org.id)).toEqual(threeLevel);
    expect(above.filter((org) => !ended.has(org.id)).map((org) => org.id)).toEqual(today);
  });
});

// ---------------------------------------------------------------- openCase

const OPEN = /* GraphQL */ `
  mutation ($input: OpenCaseInput!) {
    openCase(input: $input) {
      id
      reference
      title
      description
      category
      status
      classification
      unit {
        code
        name
      }
      responsibleAgency {
        id
        name
      }
      householdsAffected
      openedOn
      resolvedOn
      version
      dialogues {
        id
      }
    }
  }
`;

let references = 0;
/** A valid case of Xã Bắc Bình's People's Committee in its commune, with a reference and an idempotency key of its own. */
function caseInput(overrides: Record<string, unknown> = {}) {
  references += 1;
  return {
    idempotencyKey: `case-input-${references}`,
    reference: `68-2026-${String(900 + references)}`,
    title: 'Sạt lở bờ kênh tại thôn 2, xã Bắc Bình',
    description: 'Bờ kênh bị sạt lở sau mưa lớn, ảnh hưởng đường đi lại và sản xuất của các hộ dân.',
    category: 'INFRASTRUCTURE',
    unitCode: '23005',
    responsibleAgencyId: COMMUNE,
    householdsAffected: 40,
    openedOn: '2026-03-10',
    ...overrides,
  };
}

const open = async (input: Record<string, unknown>, token: Promise<string> | string = tokenOf(COMMUNE)) =>
  state.query(OPEN, { input }, await token);

describe('openCase', () => {
  it('opens a case: the values returned, the row, and one audit row with the record after', async () => {
    const before = await counts();
    const input = caseInput({ title: '  Sạt lở bờ kênh tại thôn 2, xã Bắc Bình  ' });
    const { data, errors } = await open(input);
    expect(errors).toBeUndefined();
    const opened = data!.openCase;
    expect(opened).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      reference: input.reference,
      title: 'Sạt lở bờ kênh tại thôn 2, xã Bắc Bình',
      description: input.description,
      category: 'INFRASTRUCTURE',
      status: 'RECEIVED',
      classification: 'PUBLIC',
      unit: { code: '23005', name: 'Xã Bắc Bình' },
      responsibleAgency: { id: COMMUNE, name: 'Ủy ban nhân dân xã Bắc Bình' },
      householdsAffected: 40,
      openedOn: '2026-03-10',
      resolvedOn: null,
      version: 1,
      dialogues: [],
    });
    const [row] = await db().query(`SELECT *, opened_on::text, resolved_on::text FROM citizen_case WHERE id = $1`, [opened.id]);
    expect(row).toMatchObject({
      reference: input.reference,
      status: 'RECEIVED',
      classification: 'PUBLIC',
      unit_code: '23005',
      unit_path: '/VN/68/23005/',
      responsible_agency_id: COMMUNE,
      households_affected: 40,
      opened_on: '2026-03-10',
      resolved_on: null,
      version: 1,
    });
    expect(await counts()).toEqual({
      cases: before.cases + 1,
      dialogues: before.dialogues,
      audits: before.audits + 1,
      keys: before.keys + 1,
    });
    expect(await auditRows(opened.id)).toEqual([
      {
        actor_subject: `official-of-${COMMUNE}`,
        actor_organization_type: 'StateAgency',
        actor_organization_id: COMMUNE,
        owner_organization_type: 'StateAgency',
        owner_organization_id: COMMUNE,
        operation: 'openCase',
        record_type: 'Case',
        record_id: opened.id,
        before: null,
        after: {
          id: opened.id,
          reference: input.reference,
          title: 'Sạt lở bờ kênh tại thôn 2, xã Bắc Bình',
          description: input.description,
          category: 'INFRASTRUCTURE',
          status: 'RECEIVED',
          classification: 'PUBLIC',
          unitCode: '23005',
          responsibleAgencyId: COMMUNE,
          householdsAffected: 40,
          openedOn: '2026-03-10',
          resolvedOn: null,
          version: 1,
        },
        idempotency_key: input.idempotencyKey,
      },
    ]);
    // Readable afterwards like any seeded case.
    const read = await state.query(`query ($id: ID!) { case(id: $id) { reference } }`, { id: opened.id });
    expect(read.data!.case).toEqual({ reference: input.reference });
  });

  it('opens a RESTRICTED case with the optional fields left out', async () => {
    const input = caseInput({ classification: 'RESTRICTED', description: null, householdsAffected: undefined });
    const { data, errors } = await open(input);
    expect(errors).toBeUndefined();
    expect(data!.openCase).toMatchObject({
      classification: 'RESTRICTED',
      description: null,
      householdsAffected: null,
      unit: { code: '23005' },
    });
  });

  it.each([
    ['an empty reference', { reference: '   ' }, 'input.reference'],
    ['a reference over 50 characters', { reference: 'x'.repeat(51) }, 'input.reference'],
    ['an empty title', { title: '' }, 'input.title'],
    ['a title over 300 characters', { title: 'x'.repeat(301) }, 'input.title'],
    ['a description over 20,000 characters', { description: 'x'.repeat(20_001) }, 'input.description'],
    ['a negative number of households', { householdsAffected: -1 }, 'input.householdsAffected'],
    ['an opening date in the future', { openedOn: '2999-01-01' }, 'input.openedOn'],
    ['an opening date that is no date', { openedOn: '2024-02-30' }, 'input.openedOn'],
    ['an unknown unit code', { unitCode: '99' }, 'input.unitCode'],
    ['a unit outside the agency’s commune', { unitCode: '23008' }, 'input.unitCode'],
    ['a unit above the agency’s', { unitCode: '68' }, 'input.unitCode'],
    ['a unit that had ended by the opening date (Phan Hòa, part of Xã Bắc Bình since 2025-07-01)', { unitCode: '23035' }, 'input.unitCode'],
    // Code 23005 was Chợ Lầu, in Bắc Bình district, until 2025-06-30: not in the commune's area.
    ['an opening date before the commune was formed', { openedOn: '2025-06-30' }, 'input.unitCode'],
    ['a unit of the official list that this graph does not keep', { unitCode: '01', responsibleAgencyId: 'GOV-VN' }, 'input.unitCode'],
    ['a reference another case has', { reference: '60-2024-031' }, 'input.reference'],
    ['an empty idempotency key', { idempotencyKey: '' }, 'input.idempotencyKey'],
    ['an idempotency key over 200 characters', { idempotencyKey: 'k'.repeat(201) }, 'input.idempotencyKey'],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_, overrides, field) => {
    // With a key, so that the claim of the key is shown to be rolled back too; by an editor of the responsible agency.
    const input = caseInput({ idempotencyKey: `bad-open-${field}-${references}`, ...overrides });
    await expectRefused(() => open(input, tokenOf(input.responsibleAgencyId)), 'BAD_USER_INPUT', field);
  });

  it('refuses a mutation without an idempotency key (required: a retry without one could open the case twice), writing nothing', async () => {
    const { idempotencyKey: _key, ...input } = caseInput();
    const error = await expectRefused(() => open(input), 'BAD_USER_INPUT', 'idempotencyKey');
    expect(error.message).toContain('"idempotencyKey" of required type "String!" was not provided');
  });

  it('tells a caller who may not write that, and nothing about the input', async () => {
    // A sibling district's editor, with a mistake in every field it can make one in (the reference is taken).
    const bad = caseInput({
      reference: '60-2024-031',
      title: '',
      description: 'x'.repeat(20_001),
      unitCode: '99',
      householdsAffected: -1,
      openedOn: '2999-01-01',
      idempotencyKey: '',
    });
    const error = await expectRefused(() => open(bad, tokenOf(SIBLING)), 'FORBIDDEN', 'input.responsibleAgencyId');
    expect(error.message).not.toMatch(/reference|title|description|unitCode|householdsAffected|openedOn|idempotencyKey|60-2024-031/);
  });

  it('refuses an unknown responsible agency with NOT_FOUND, writing nothing', async () => {
    await expectRefused(() => open(caseInput({ responsibleAgencyId: 'PCOM-99999' })), 'NOT_FOUND', 'input.responsibleAgencyId');
  });

  it.each([
    ['a reader of the responsible agency', COMMUNE, ['reader'], 'StateAgency', {}],
    ['an editor of another family (the Front of the same commune)', 'VFF-23005-2025', ['editor'], 'FrontOrganization', {}],
    ['an editor of the party committee of the commune', 'PC-23005-2025', ['admin'], 'PartyCommittee', {}],
    ['an editor of a sibling commune', SIBLING, ['editor'], 'StateAgency', {}],
    [
      'an editor of a commune acting for its province',
      COMMUNE,
      ['editor'],
      'StateAgency',
      { responsibleAgencyId: PROVINCE, unitCode: '68' },
    ],
    ['an editor of the commune’s People’s Council', 'PCOU-23005-2025', ['editor'], 'StateAgency', {}],
    ['an editor of a ministry, which is not above a People’s Committee', 'MOT-VN', ['editor'], 'StateAgency', {}],
  ] as const)('forbids %s, writing nothing', async (_, id, roles, type, overrides) => {
    const input = caseInput(overrides);
    const error = await expectRefused(() => open(input, tokenOf(id, [...roles], type)), 'FORBIDDEN', 'openCase');
    expect(error.message).toContain(
      roles[0] === 'reader' ? 'editor is required' : `input.responsibleAgencyId is StateAgency ${input.responsibleAgencyId}`,
    );
  });

  it.each([
    ['Phan Hòa’s People’s Committee, which Xã Bắc Bình carries on', 'PCOM-23035', {}],
    [
      'Bắc Bình district’s People’s Committee, for its commune as it stood then',
      'PCOM-596',
      {
        responsibleAgencyId: 'PCOM-596',
        unitCode: '23035',
        openedOn: '2024-10-01',
      },
    ],
    ['Bình Thuận’s department', 'DONRE-60', { responsibleAgencyId: 'DONRE-60', unitCode: '595', openedOn: '2024-10-01' }],
  ])('forbids an editor of an agency that ended on 2025-06-30 (%s) to write anything, writing nothing', async (_, id, overrides) => {
    const error = await expectRefused(() => open(caseInput(overrides), tokenOf(id)), 'FORBIDDEN', 'openCase');
    expect(error.message).toContain(`the token's organization is not in force today (${id} ended on 2025-06-30`);
  });

  it.each([
    [
      'the Government, for Bắc Bình district’s committee, dated before it ended',
      'GOV-VN',
      { responsibleAgencyId: 'PCOM-596', unitCode: '23035', openedOn: '2024-10-01' },
    ],
    [
      'Xã Bắc Bình’s committee, for Chợ Lầu’s, which it carries on',
      COMMUNE,
      { responsibleAgencyId: 'PCOM-23005', unitCode: '23005', openedOn: '2025-03-10' },
    ],
  ])(
    'refuses an agency that ended on 2025-06-30 as the responsible agency (%s) with BAD_USER_INPUT, writing nothing',
    async (_, actor, overrides) => {
      const error = await expectRefused(() => open(caseInput(overrides), tokenOf(actor)), 'BAD_USER_INPUT', 'input.responsibleAgencyId');
      expect(error.message).toContain('in force today');
    },
  );

  it.each([
    ['the province’s People’s Committee, for its commune', PROVINCE, {}],
    ['the Government, for a commune', 'GOV-VN', { responsibleAgencyId: SIBLING, unitCode: '23008' }],
    ['the province’s People’s Committee, for itself, in one of its communes', PROVINCE, { responsibleAgencyId: PROVINCE }],
    ['an admin of the agency itself', COMMUNE, {}],
    ['the Ministry of Transport, for itself, in any unit', 'MOT-VN', { responsibleAgencyId: 'MOT-VN', unitCode: '23005' }],
  ] as const)('allows %s, auditing who acted and who owns', async (_, actor, overrides) => {
    const input = caseInput(overrides);
    const token = tokenOf(actor, actor === COMMUNE ? ['admin'] : ['editor']);
    const { data, errors } = await open(input, token);
    expect(errors).toBeUndefined();
    expect(data!.openCase.responsibleAgency.id).toBe(input.responsibleAgencyId);
    const [audit] = await auditRows(data!.openCase.id);
    expect(audit).toMatchObject({ actor_organization_id: actor, owner_organization_id: input.responsibleAgencyId, operation: 'openCase' });
  });

  it('opens once per idempotency key: a retry returns the first case; other input with the key is a CONFLICT', async () => {
    const input = caseInput({ idempotencyKey: 'pcom-23005-open-1' });
    const before = await counts();
    const first = await open(input);
    const retry = await open(input);
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.openCase).toEqual(first.data!.openCase);
    expect(await counts()).toEqual({ ...before, cases: before.cases + 1, audits: before.audits + 1, keys: before.keys + 1 });
    expect(await auditRows(first.data!.openCase.id)).toEqual([expect.objectContaining({ idempotency_key: 'pcom-23005-open-1' })]);

    const conflict = await expectRefused(() => open({ ...input, householdsAffected: 41 }), 'CONFLICT', 'input.idempotencyKey');
    expect(conflict.message).toContain('pcom-23005-open-1');
    // The key is the organization's own: another organization may use the same one.
    const other = await open(caseInput({ idempotencyKey: 'pcom-23005-open-1' }), tokenOf(PROVINCE));
    expect(other.errors).toBeUndefined();
  });

  it('has one effect for two concurrent requests with the same key', async () => {
    const input = caseInput({ idempotencyKey: 'pcom-23005-open-concurrent' });
    const before = await counts();
    const token = await tokenOf(COMMUNE);
    const results = await Promise.all([open(input, token), open(input, token), open(input, token)]);
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.openCase.id)).size).toBe(1);
    expect(await counts()).toEqual({ ...before, cases: before.cases + 1, audits: before.audits + 1, keys: before.keys + 1 });
  });

  it('lets only one of two concurrent cases with the same reference in; the other is BAD_USER_INPUT', async () => {
    const input = caseInput();
    const before = await counts();
    const token = await tokenOf(COMMUNE);
    // Two requests (two keys) that happen to give the same reference.
    const results = await Promise.all([
      open(input, token),
      open({ ...input, title: 'Một vụ việc khác', idempotencyKey: `${input.idempotencyKey}-other` }, token),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const [lost] = results.filter((r) => r.errors);
    expect(lost.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(lost.errors![0].message).toContain('input.reference');
    expect(await counts()).toEqual({ ...before, cases: before.cases + 1, audits: before.audits + 1, keys: before.keys + 1 });
  });
});

// ---------------------------------------------------------------- changeCaseStatus

const CHANGE = /* GraphQL */ `
  mutation ($input: ChangeCaseStatusInput!) {
    changeCaseStatus(input: $input) {
      id
      reference
      status
      resolvedOn
      version
      responsibleAgency {
        id
      }
      dialogues {
        id
      }
    }
  }
`;

let changes = 0;
/** Sends a change of status; an input without a key gets one of its own (one logical request per call). */
const change = async (input: Record<string, unknown>, token: Promise<string> | string = tokenOf(COMMUNE)) =>
  state.query(CHANGE, { input: { idempotencyKey: `change-input-${(changes += 1)}`, ...input } }, await token);

/** A fresh case of Xã Bắc Bình's People's Committee (or of the agency the overrides name), opened on 2026-03-10 by an editor of it. */
async function freshCase(overrides: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  const input = caseInput(overrides);
  const { data, errors } = await open(input, tokenOf(input.responsibleAgencyId as string));
  expect(errors).toBeUndefined();
  return data!.openCase;
}

const caseRow = async (id: string) =>
  (await db().query(`SELECT status, resolved_on::text, version FROM citizen_case WHERE id = $1`, [id]))[0];

describe('changeCaseStatus', () => {
  it('moves a case along, one version at a time, with an audit row of before and after each time', async () => {
    const { id } = await freshCase();
    const started = await change({ caseId: id, status: 'IN_PROGRESS', version: 1 });
    expect(started.errors).toBeUndefined();
    expect(started.data!.changeCaseStatus).toMatchObject({
      id,
      status: 'IN_PROGRESS',
      resolvedOn: null,
      version: 2,
      responsibleAgency: { id: COMMUNE },
    });

    const resolved = await change({ caseId: id, status: 'RESOLVED', resolvedOn: '2026-04-15', version: 2 });
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data!.changeCaseStatus).toMatchObject({ status: 'RESOLVED', resolvedOn: '2026-04-15', version: 3 });
    expect(await caseRow(id)).toEqual({ status: 'RESOLVED', resolved_on: '2026-04-15', version: 3 });

    // Reopened: the date of resolution goes with the finished status.
    const reopened = await change({ caseId: id, status: 'IN_PROGRESS', version: 3 });
    expect(reopened.data!.changeCaseStatus).toMatchObject({ status: 'IN_PROGRESS', resolvedOn: null, version: 4 });
    expect(await caseRow(id)).toEqual({ status: 'IN_PROGRESS', resolved_on: null, version: 4 });

    const audits = await auditRows(id);
    expect(audits.map((a: any) => a.operation)).toEqual(['openCase', 'changeCaseStatus', 'changeCaseStatus', 'changeCaseStatus']);
    expect(audits[2]).toMatchObject({
      actor_organization_id: COMMUNE,
      owner_organization_id: COMMUNE,
      record_type: 'Case',
      before: expect.objectContaining({ status: 'IN_PROGRESS', resolvedOn: null, version: 2 }),
      after: expect.objectContaining({ status: 'RESOLVED', resolvedOn: '2026-04-15', version: 3 }),
    });
  });

  it('closes a case on the day it was opened', async () => {
    const { id } = await freshCase();
    const closed = await change({ caseId: id, status: 'CLOSED', resolvedOn: '2026-03-10', version: 1 });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.changeCaseStatus).toMatchObject({ status: 'CLOSED', resolvedOn: '2026-03-10', version: 2 });
  });

  it.each([
    ['RESOLVED without a date', { status: 'RESOLVED' }, 'input.resolvedOn'],
    ['CLOSED without a date', { status: 'CLOSED', resolvedOn: null }, 'input.resolvedOn'],
    ['a date with an open status', { status: 'IN_PROGRESS', resolvedOn: '2026-04-01' }, 'input.resolvedOn'],
    ['a date before the case was opened', { status: 'RESOLVED', resolvedOn: '2026-03-09' }, 'input.resolvedOn'],
    ['a date in the future', { status: 'RESOLVED', resolvedOn: '2999-01-01' }, 'input.resolvedOn'],
    ['a version below 1', { status: 'IN_PROGRESS', version: 0 }, 'input.version'],
    ['a change that changes nothing', { status: 'RECEIVED' }, 'input.status'],
  ])('refuses %s with BAD_USER_INPUT, changing nothing', async (_, overrides, field) => {
    const { id } = await freshCase();
    await expectRefused(
      () => change({ caseId: id, version: 1, idempotencyKey: `bad-change-${id}`, ...overrides }),
      'BAD_USER_INPUT',
      field,
    );
    expect(await caseRow(id)).toEqual({ status: 'RECEIVED', resolved_on: null, version: 1 });
  });

  it.each([
    ['an id that is no UUID', 'nope'],
    ['an id no case has', '00000000-0000-5000-8000-000000000000'],
  ])('refuses %s with NOT_FOUND', async (_, caseId) => {
    await expectRefused(() => change({ caseId, status: 'IN_PROGRESS', version: 1 }), 'NOT_FOUND', 'input.caseId');
  });

  it('refuses a stale version with CONFLICT, changing nothing', async () => {
    const { id } = await freshCase();
    expect((await change({ caseId: id, status: 'IN_PROGRESS', version: 1 })).errors).toBeUndefined();
    const conflict = await expectRefused(
      () => change({ caseId: id, status: 'CLOSED', resolvedOn: '2026-03-15', version: 1 }),
      'CONFLICT',
      'input.version',
    );
    expect(conflict.message).toContain('is at version 2, not 1');
    expect(await caseRow(id)).toEqual({ status: 'IN_PROGRESS', resolved_on: null, version: 2 });
  });

  it('lets exactly one of two concurrent changes at the same version win; the other is a CONFLICT', async () => {
    const { id } = await freshCase();
    const before = await counts();
    const token = await tokenOf(COMMUNE);
    const results = await Promise.all([
      change({ caseId: id, status: 'IN_PROGRESS', version: 1 }, token),
      change({ caseId: id, status: 'CLOSED', resolvedOn: '2026-03-11', version: 1 }, token),
    ]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].errors![0].extensions?.code).toBe('CONFLICT');
    expect((await caseRow(id)).version).toBe(2);
    expect(await counts()).toEqual({ ...before, audits: before.audits + 1, keys: before.keys + 1 });
  });

  it('changes once per idempotency key: the retry returns the changed case, not a CONFLICT', async () => {
    const { id } = await freshCase();
    const input = { caseId: id, status: 'IN_PROGRESS', version: 1, idempotencyKey: `start-${id}` };
    const first = await change(input);
    const retry = await change(input);
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.changeCaseStatus).toEqual(first.data!.changeCaseStatus);
    expect((await caseRow(id)).version).toBe(2);
    expect((await auditRows(id)).filter((a: any) => a.operation === 'changeCaseStatus')).toHaveLength(1);
    await expectRefused(() => change({ ...input, status: 'CLOSED', resolvedOn: '2026-03-12' }), 'CONFLICT', 'input.idempotencyKey');
  });

  it.each([
    ['a reader of the responsible agency', COMMUNE, 'reader', 'StateAgency', {}],
    ['an editor of another family', 'VFF-23005-2025', 'editor', 'FrontOrganization', {}],
    ['an editor of a sibling commune', SIBLING, 'editor', 'StateAgency', {}],
    ['an editor of a commune, for its province’s case', COMMUNE, 'editor', 'StateAgency', { responsibleAgencyId: PROVINCE }],
    ['an editor of the commune’s predecessor, which ended on 2025-06-30', 'PCOM-23035', 'editor', 'StateAgency', {}],
  ] as const)('forbids %s, changing nothing', async (_, actor, role, type, overrides) => {
    const { id } = await freshCase(overrides);
    await expectRefused(
      () => change({ caseId: id, status: 'IN_PROGRESS', version: 1 }, tokenOf(actor, [role], type)),
      'FORBIDDEN',
      'changeCaseStatus',
    );
    expect(await caseRow(id)).toEqual({ status: 'RECEIVED', resolved_on: null, version: 1 });
  });

  it('tells a caller who may not write that, and nothing about the input or the case’s state', async () => {
    const { id } = await freshCase();
    const bad = { caseId: id, status: 'RESOLVED', resolvedOn: '2026-03-09', version: 0, idempotencyKey: '' };
    const error = await expectRefused(() => change(bad, tokenOf(SIBLING)), 'FORBIDDEN', 'input.caseId');
    expect(error.message).not.toMatch(/version|resolvedOn|status|opened|idempotencyKey|2026-03-10/);
  });

  it('allows an editor of the province above, and audits the change as the commune’s', async () => {
    const { id } = await freshCase();
    const { data, errors } = await change({ caseId: id, status: 'IN_PROGRESS', version: 1 }, tokenOf(PROVINCE));
    expect(errors).toBeUndefined();
    expect(data!.changeCaseStatus.version).toBe(2);
    const [, audit] = await auditRows(id);
    expect(audit).toMatchObject({ actor_organization_id: PROVINCE, owner_organization_id: COMMUNE, operation: 'changeCaseStatus' });
  });

  it('answers NOT_FOUND, not FORBIDDEN, to an editor who may not see the RESTRICTED case', async () => {
    // Gia Lai's RESTRICTED case, carried on by the new Gia Lai's People's Committee (version 2 since).
    const restricted = STORIES.cases.restrictedChuProng;
    await expectRefused(
      () =>
        change(
          { caseId: restricted, status: 'RESOLVED', resolvedOn: '2026-03-20', version: 2 },
          tokenOf('VFF-52-2025', ['editor'], 'FrontOrganization'),
        ),
      'NOT_FOUND',
      'input.caseId',
    );
    // The party committee of the province sees it (over the old Gia Lai's records), but is of another family: FORBIDDEN.
    await expectRefused(
      () =>
        change(
          { caseId: restricted, status: 'RESOLVED', resolvedOn: '2026-03-20', version: 2 },
          tokenOf('PC-52-2025', ['editor'], 'PartyCommittee'),
        ),
      'FORBIDDEN',
      'input.caseId',
    );
  });
});

// ---------------------------------------------------------------- recordDialogue

const RECORD = /* GraphQL */ `
  mutation ($input: RecordDialogueInput!) {
    recordDialogue(input: $input) {
      id
      title
      heldOn
      level
      participants
      issuesRaised
      issuesResolved
      summary
      classification
      unit {
        code
      }
      hostAgency {
        id
      }
      chairedBy {
        name
        title
      }
      case {
        id
        reference
      }
    }
  }
`;

let dialogues = 0;
/**
 * A valid dialogue of Xã Bắc Bình's People's Committee in its commune about Phan Hòa's
 * water shortage (the case it carries on since 2025-07-01), titled and keyed uniquely.
 */
function dialogueInput(overrides: Record<string, unknown> = {}) {
  dialogues += 1;
  return {
    idempotencyKey: `dialogue-input-${dialogues}`,
    title: `Đối thoại với Nhân dân xã Bắc Bình về nước sinh hoạt (lần ${dialogues})`,
    heldOn: '2026-03-12',
    unitCode: '23005',
    hostAgencyId: COMMUNE,
    chairedBy: { name: 'Nguyễn Văn An', title: 'Chủ tịch Ủy ban nhân dân xã Bắc Bình' },
    participants: 120,
    issuesRaised: 9,
    issuesResolved: 5,
    summary: 'Nhân dân kiến nghị đẩy nhanh tiến độ tuyến ống cấp nước; xã cam kết chở nước hỗ trợ trong mùa khô.',
    caseId: STORIES.cases.waterPhanHoa,
    ...overrides,
  };
}

const record = async (input: Record<string, unknown>, token: Promise<string> | string = tokenOf(COMMUNE)) =>
  state.query(RECORD, { input }, await token);

describe('recordDialogue', () => {
  it('records a dialogue: the values returned, its level from its unit, the row and the audit row', async () => {
    const before = await counts();
    const input = dialogueInput();
    const { data, errors } = await record(input);
    expect(errors).toBeUndefined();
    const recorded = data!.recordDialogue;
    expect(recorded).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: input.title,
      heldOn: '2026-03-12',
      level: 'COMMUNE',
      participants: 120,
      issuesRaised: 9,
      issuesResolved: 5,
      summary: input.summary,
      classification: 'PUBLIC',
      unit: { code: '23005' },
      hostAgency: { id: COMMUNE },
      chairedBy: input.chairedBy,
      case: { id: STORIES.cases.waterPhanHoa, reference: '60-2024-031' },
    });
    const [row] = await db().query(`SELECT * FROM dialogue WHERE id = $1`, [recorded.id]);
    expect(row).toMatchObject({
      unit_path: '/VN/68/23005/',
      level: 'COMMUNE',
      host_agency_id: COMMUNE,
      chaired_by_name: 'Nguyễn Văn An',
      case_id: STORIES.cases.waterPhanHoa,
      classification: 'PUBLIC',
    });
    expect(await counts()).toEqual({ ...before, dialogues: before.dialogues + 1, audits: before.audits + 1, keys: before.keys + 1 });
    expect(await auditRows(recorded.id)).toEqual([
      expect.objectContaining({
        operation: 'recordDialogue',
        record_type: 'Dialogue',
        actor_organization_id: COMMUNE,
        owner_organization_id: COMMUNE,
        before: null,
        after: expect.objectContaining({
          title: input.title,
          level: 'COMMUNE',
          caseId: STORIES.cases.waterPhanHoa,
          chairedBy: input.chairedBy,
        }),
      }),
    ]);
    // The case lists it among its dialogues.
    const about = await state.query(`query ($id: ID!) { case(id: $id) { dialogues { id } } }`, { id: STORIES.cases.waterPhanHoa });
    expect(about.data!.case.dialogues.map((d: any) => d.id)).toContain(recorded.id);
  });

  it('records a general dialogue without case, chair or summary, at the province’s level', async () => {
    const { data, errors } = await record(
      dialogueInput({
        caseId: null,
        chairedBy: null,
        summary: '  ',
        hostAgencyId: PROVINCE,
        unitCode: '68',
        issuesRaised: 0,
        issuesResolved: 0,
      }),
      tokenOf(PROVINCE),
    );
    expect(errors).toBeUndefined();
    expect(data!.recordDialogue).toMatchObject({ level: 'PROVINCIAL', case: null, chairedBy: null, summary: null, issuesRaised: 0 });
  });

  it.each([
    ['an empty title', { title: ' ' }, 'input.title'],
    ['a title over 300 characters', { title: 'x'.repeat(301) }, 'input.title'],
    ['a date in the future', { heldOn: '2999-01-01' }, 'input.heldOn'],
    ['a chair without a name', { chairedBy: { name: '', title: 'Chủ tịch' } }, 'input.chairedBy.name'],
    ['a chair’s title over 100 characters', { chairedBy: { name: 'Nguyễn Văn An', title: 'x'.repeat(101) } }, 'input.chairedBy.title'],
    ['a negative number of participants', { participants: -1 }, 'input.participants'],
    ['a negative number of issues raised', { issuesRaised: -3, issuesResolved: 0 }, 'input.issuesRaised'],
    ['a negative number of issues resolved', { issuesResolved: -1 }, 'input.issuesResolved'],
    ['more issues resolved than raised', { issuesRaised: 4, issuesResolved: 5 }, 'input.issuesResolved'],
    ['a summary over 20,000 characters', { summary: 'x'.repeat(20_001) }, 'input.summary'],
    ['an unknown unit code', { unitCode: 'XX' }, 'input.unitCode'],
    ['a unit outside the host’s commune', { unitCode: '23008' }, 'input.unitCode'],
    ['a unit that had ended by the day it was held', { unitCode: '23035' }, 'input.unitCode'],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_, overrides, field) => {
    const input = dialogueInput({ idempotencyKey: `bad-dialogue-${dialogues}`, ...overrides });
    await expectRefused(() => record(input), 'BAD_USER_INPUT', field);
  });

  it('refuses a PUBLIC record of a dialogue about a RESTRICTED case with BAD_USER_INPUT, writing nothing', async () => {
    // By the new Gia Lai's People's Committee, which carries the case on and sees it.
    const input = dialogueInput({ hostAgencyId: 'PCOM-52-2025', unitCode: '52', caseId: STORIES.cases.restrictedChuProng });
    await expectRefused(() => record(input, tokenOf('PCOM-52-2025')), 'BAD_USER_INPUT', 'input.classification');
  });

  it.each([
    ['an unknown host agency', { hostAgencyId: 'PCOU-99999' }, 'input.hostAgencyId'],
    ['an unknown case', { caseId: '00000000-0000-5000-8000-000000000000' }, 'input.caseId'],
    ['a case id that is no UUID', { caseId: 'case-1' }, 'input.caseId'],
  ])('refuses %s with NOT_FOUND, writing nothing', async (_, overrides, field) => {
    await expectRefused(() => record(dialogueInput(overrides)), 'NOT_FOUND', field);
  });

  it('refuses an agency that ended on 2025-06-30 as the host with BAD_USER_INPUT, writing nothing', async () => {
    // The Government, for Bắc Bình district's committee, with a date before it ended.
    const input = dialogueInput({ hostAgencyId: 'PCOM-596', unitCode: '23035', heldOn: '2024-10-01', caseId: null });
    const error = await expectRefused(() => record(input, tokenOf('GOV-VN')), 'BAD_USER_INPUT', 'input.hostAgencyId');
    expect(error.message).toContain('in force today');
  });

  it('answers NOT_FOUND for a RESTRICTED case the caller may not see', async () => {
    // Xã Bắc Bình's People's Committee may record its dialogues, but not see Gia Lai's RESTRICTED case.
    const input = dialogueInput({ caseId: STORIES.cases.restrictedChuProng, classification: 'RESTRICTED' });
    await expectRefused(() => record(input), 'NOT_FOUND', 'input.caseId');
  });

  it('tells a caller who may not write that, and nothing about the input or the case it names', async () => {
    const bad = dialogueInput({
      title: ' ',
      heldOn: '2999-01-01',
      chairedBy: { name: '', title: 'x'.repeat(101) },
      participants: -1,
      issuesRaised: 4,
      issuesResolved: 5,
      unitCode: 'XX',
      caseId: STORIES.cases.restrictedChuProng,
      idempotencyKey: '',
    });
    const error = await expectRefused(() => record(bad, tokenOf(SIBLING)), 'FORBIDDEN', 'input.hostAgencyId');
    expect(error.message).not.toMatch(/title|heldOn|chairedBy|participants|issues|unitCode|caseId|classification|idempotencyKey/);
  });

  it.each([
    ['a reader of the host', COMMUNE, 'reader', 'StateAgency', {}],
    ['an editor of another family', 'MC-23005-2025', 'editor', 'ArmedUnit', {}],
    ['an editor of a sibling commune', SIBLING, 'editor', 'StateAgency', {}],
    ['an editor of the commune acting for its province', COMMUNE, 'editor', 'StateAgency', { hostAgencyId: PROVINCE, unitCode: '68' }],
  ] as const)('forbids %s, writing nothing', async (_, actor, role, type, overrides) => {
    await expectRefused(() => record(dialogueInput(overrides), tokenOf(actor, [role], type)), 'FORBIDDEN', 'recordDialogue');
  });

  it('allows the Government to record a dialogue of a province, and a RESTRICTED one about a RESTRICTED case', async () => {
    const province = await record(dialogueInput({ hostAgencyId: PROVINCE, unitCode: '68' }), tokenOf('GOV-VN'));
    expect(province.errors).toBeUndefined();
    expect(province.data!.recordDialogue).toMatchObject({ level: 'PROVINCIAL', hostAgency: { id: PROVINCE } });
    // The new Gia Lai's committee, for Xã Chư Prông (formed from Chư Prông district's communes), about the case it carries on.
    const restricted = await record(
      dialogueInput({
        hostAgencyId: 'PCOM-23887-2025',
        unitCode: '23887',
        caseId: STORIES.cases.restrictedChuProng,
        classification: 'RESTRICTED',
      }),
      tokenOf('PCOM-52-2025'),
    );
    expect(restricted.errors).toBeUndefined();
    expect(restricted.data!.recordDialogue).toMatchObject({
      classification: 'RESTRICTED',
      level: 'COMMUNE',
      case: { reference: '64-2024-005' },
    });
  });

  it('records once per idempotency key, also when two requests with the key arrive together', async () => {
    const input = dialogueInput({ idempotencyKey: 'pcom-23005-dialogue-1' });
    const before = await counts();
    const token = await tokenOf(COMMUNE);
    const [a, b] = await Promise.all([record(input, token), record(input, token)]);
    const retry = await record(input, token);
    for (const r of [a, b, retry]) expect(r.errors).toBeUndefined();
    expect(new Set([a, b, retry].map((r) => r.data!.recordDialogue.id)).size).toBe(1);
    expect(await counts()).toEqual({ ...before, dialogues: before.dialogues + 1, audits: before.audits + 1, keys: before.keys + 1 });
    await expectRefused(() => record({ ...input, participants: 121 }, token), 'CONFLICT', 'input.idempotencyKey');
  });
});

// ---------------------------------------------------------------- a failure midway

describe('a failure midway', () => {
  // Raises on the audit insert of one marked record: the change itself has been
  // written by then, so only a rollback of the whole transaction leaves nothing.
  beforeAll(async () => {
    await db().query(`
      CREATE OR REPLACE FUNCTION fail_marked_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.after->>'title' LIKE '%[fail midway]%' OR NEW.after->>'resolvedOn' = '2026-03-31' THEN
          RAISE EXCEPTION 'injected failure for % %', NEW.record_type, NEW.record_id;
        END IF;
        RETURN NEW;
      END $$`);
    await db().query(`CREATE TRIGGER fail_marked_audit BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION fail_marked_audit()`);
  });
  afterAll(async () => {
    await db().query(`DROP TRIGGER IF EXISTS fail_marked_audit ON audit_entry`);
  });

  async function expectRolledBack(action: () => Promise<GraphQLResponse>) {
    const before = await counts();
    const response = await action();
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    // An unexpected failure: reported as internal, with nothing of the database in the message.
    expect(response.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(response.errors![0].message).not.toContain('injected');
    expect(await counts()).toEqual(before);
  }

  it('leaves no case, no audit row and no claimed key when openCase fails', async () => {
    const input = caseInput({ title: 'Vụ việc [fail midway]', idempotencyKey: 'midway-open' });
    await expectRolledBack(() => open(input));
    expect(await db().query(`SELECT 1 FROM citizen_case WHERE reference = $1`, [input.reference])).toEqual([]);
    expect(await db().query(`SELECT 1 FROM idempotency_key WHERE key = 'midway-open'`)).toEqual([]);
  });

  it('leaves the case as it was when changeCaseStatus fails', async () => {
    const { id } = await freshCase();
    await expectRolledBack(() =>
      change({ caseId: id, status: 'RESOLVED', resolvedOn: '2026-03-31', version: 1, idempotencyKey: 'midway-change' }),
    );
    expect(await caseRow(id)).toEqual({ status: 'RECEIVED', resolved_on: null, version: 1 });
  });

  it('leaves no dialogue when recordDialogue fails', async () => {
    const input = dialogueInput({ title: 'Đối thoại [fail midway]', idempotencyKey: 'midway-dialogue' });
    await expectRolledBack(() => record(input));
    expect(await db().query(`SELECT 1 FROM dialogue WHERE title = $1`, [input.title])).toEqual([]);
  });
});
