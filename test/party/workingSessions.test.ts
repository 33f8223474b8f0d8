import { addDays, STORIES } from '../../seed/demo';
import { subgraphDefinition } from '../../subgraphs';
import { startSubgraphServer, vietnamDate, type Viewer } from '../../lib';
import { GraphQLResponse, postGraphQL, Services, tokenFor } from '../support/services';
import { SEEDING_TIMEOUT_MS } from './support';

/**
 * Working sessions (Decision 23-QĐ/TW, chapter 3, item 8: party committees work
 * periodically with the commission, the Front, the socio-political organizations and
 * the agencies of their unit) in the party subgraph over HTTP: `recordWorkingSession`
 * (the answer, its rows and its audit row, idempotency, who may record, every bad
 * input named with nothing written, organizations and cases checked with their owners)
 * and the reads (by id, `_entities`, a committee's sessions, RESTRICTED sessions and
 * cases, a batch in one statement, the statistics over a commune and a province).
 * The file writes: databases of its own. The other three subgraphs run beside the
 * party's: they confirm the participants and cases a session names, and the state says
 * which cases a reader may see.
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start(undefined, { databaseSuffix: 'working_sessions' });
}, SEEDING_TIMEOUT_MS);

afterAll(async () => {
  await services?.stop();
});

type OrgType = Viewer['org']['type'];
const tokenOf = (type: OrgType, id: string, roles: Viewer['roles'] = ['editor']) =>
  tokenFor({ sub: `${id.toLowerCase()}-user`, org: { type, id }, roles });
const sql = (text: string, params: unknown[] = []) => services.subgraphs.party!.db.query(text, params);

const TODAY = vietnamDate(new Date());
/** Lâm Đồng's committee, formed on 2025-07-01 (design section 10). */
const COMMITTEE = 'PC-68-2025';
const { waterPhanHoa: WATER, expresswayHamThuanNam: EXPRESSWAY, restrictedChuProng: RESTRICTED_CASE } = STORIES.cases;

/** Every table `recordWorkingSession` writes. */
const TABLES = ['working_session', 'working_session_participant', 'working_session_case', 'audit_entry', 'idempotency_key'];

async function counts(): Promise<Record<string, number>> {
  const [row] = await sql(`SELECT ${TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`);
  return row;
}

const SESSION = /* GraphQL */ `
  id
  committee { id name }
  heldOn
  unit { code asOf }
  participants {
    __typename
    ... on PartyCommittee { id }
    ... on MassMobilizationCommission { id name }
    ... on StateAgency { id }
    ... on FrontOrganization { id }
    ... on ArmedUnit { id }
  }
  topics
  conclusions
  cases { id }
  classification
`;

const RECORD = `mutation ($input: RecordWorkingSessionInput!) { recordWorkingSession(input: $input) { ${SESSION} } }`;

let sequence = 0;

/** A session of Lâm Đồng's committee with the organizations of its unit, about the Phan Hòa water case. */
function sessionInput(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    committeeId: COMMITTEE,
    heldOn: '2026-10-20',
    participants: [
      { type: 'MASS_MOBILIZATION_COMMISSION', id: 'MMC-68-2025' },
      { type: 'FRONT_ORGANIZATION', id: 'VFF-68-2025' },
      { type: 'STATE_AGENCY', id: 'PCOM-68-2025' },
      { type: 'FRONT_ORGANIZATION', id: 'WU-68-2025' },
      { type: 'ARMED_UNIT', id: 'MC-68-2025' },
    ],
    topics: [`  Nắm tình hình Nhân dân quý ${sequence}  `, 'Tiến độ công trình cấp nước sinh hoạt cho Nhân dân xã Bắc Bình'],
    conclusions: 'Ủy ban nhân dân tỉnh chỉ đạo hoàn thành tuyến ống cấp nước trước mùa khô.',
    caseIds: [WATER],
    idempotencyKey: `session-${sequence}`,
    ...overrides,
  };
}

function record(input: Record<string, unknown>, token: string): Promise<GraphQLResponse> {
  return services.querySubgraph('party', RECORD, { input }, token);
}

async function succeed(input: Record<string, unknown>, token: string) {
  const { data, errors } = await record(input, token);
  expect(errors).toBeUndefined();
  return data!.recordWorkingSession;
}

/** A refusal with `code` naming `field`, and nothing written. */
async function refuse(input: Record<string, unknown>, token: string, code: string, field?: string) {
  const before = await counts();
  const { data, errors } = await record(input, token);
  expect(data?.recordWorkingSession ?? null).toBeNull();
  expect(errors).toHaveLength(1);
  expect(errors![0].extensions).toMatchObject({ code, ...(field ? { field } : {}) });
  if (field) expect(errors![0].message).toContain(field);
  expect(await counts()).toEqual(before);
  return errors![0];
}

describe('recordWorkingSession', () => {
  it('records the session, its participants and cases in order, and one audit row; a retry returns it and writes nothing', async () => {
    const input = sessionInput({ caseIds: [WATER.toUpperCase(), EXPRESSWAY] });
    const token = await tokenOf('MassMobilizationCommission', 'MMC-68-2025');
    const before = await counts();
    const session = await succeed(input, token);
    expect(session).toEqual({
      id: expect.any(String),
      committee: { id: COMMITTEE, name: 'Tỉnh ủy Lâm Đồng' },
      heldOn: '2026-10-20',
      unit: { code: '68', asOf: '2026-10-20' },
      participants: [
        { __typename: 'MassMobilizationCommission', id: 'MMC-68-2025', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng' },
        { __typename: 'FrontOrganization', id: 'VFF-68-2025' },
        { __typename: 'StateAgency', id: 'PCOM-68-2025' },
        { __typename: 'FrontOrganization', id: 'WU-68-2025' },
        { __typename: 'ArmedUnit', id: 'MC-68-2025' },
      ],
      // Trimmed.
      topics: [input.topics[0].trim(), input.topics[1]],
      conclusions: input.conclusions,
      // Kept in lower case, as the state issues its ids.
      cases: [{ id: WATER }, { id: EXPRESSWAY }],
      classification: 'PUBLIC',
    });
    expect(await counts()).toEqual({
      ...before,
      working_session: before.working_session + 1,
      working_session_participant: before.working_session_participant + 5,
      working_session_case: before.working_session_case + 2,
      audit_entry: before.audit_entry + 1,
      idempotency_key: before.idempotency_key + 1,
    });
    const [row] = await sql(
      `SELECT committee_id, held_on::text, unit_code, unit_path, topics, conclusions, classification, version FROM working_session WHERE id = $1`,
      [session.id],
    );
    expect(row).toEqual({
      committee_id: COMMITTEE,
      held_on: '2026-10-20',
      unit_code: '68',
      unit_path: '/VN/68/',
      topics: session.topics,
      conclusions: input.conclusions,
      classification: 'PUBLIC',
      version: 1,
    });
    const participants = await sql(
      `SELECT organization_type, organization_id, position FROM working_session_participant WHERE session_id = $1 ORDER BY position`,
      [session.id],
    );
    expect(participants.map((p: any) => [p.position, p.organization_type, p.organization_id])).toEqual([
      [0, 'MassMobilizationCommission', 'MMC-68-2025'],
      [1, 'FrontOrganization', 'VFF-68-2025'],
      [2, 'StateAgency', 'PCOM-68-2025'],
      [3, 'FrontOrganization', 'WU-68-2025'],
      [4, 'ArmedUnit', 'MC-68-2025'],
    ]);
    const cases = await sql(`SELECT case_id, position FROM working_session_case WHERE session_id = $1 ORDER BY position`, [session.id]);
    expect(cases).toEqual([
      { case_id: WATER, position: 0 },
      { case_id: EXPRESSWAY, position: 1 },
    ]);
    const audit = await sql(`SELECT * FROM audit_entry WHERE record_id = $1`, [session.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      operation: 'recordWorkingSession',
      record_type: 'WorkingSession',
      actor_organization_type: 'MassMobilizationCommission',
      actor_organization_id: 'MMC-68-2025',
      owner_organization_type: 'PartyCommittee',
      owner_organization_id: COMMITTEE,
      idempotency_key: input.idempotencyKey,
      before: null,
    });
    expect(audit[0].after).toEqual({
      id: session.id,
      committeeId: COMMITTEE,
      heldOn: '2026-10-20',
      unitCode: '68',
      topics: session.topics,
      conclusions: input.conclusions,
      classification: 'PUBLIC',
      version: 1,
      participants: [
        { type: 'MassMobilizationCommission', id: 'MMC-68-2025' },
        { type: 'FrontOrganization', id: 'VFF-68-2025' },
        { type: 'StateAgency', id: 'PCOM-68-2025' },
        { type: 'FrontOrganization', id: 'WU-68-2025' },
        { type: 'ArmedUnit', id: 'MC-68-2025' },
      ],
      caseIds: [WATER, EXPRESSWAY],
    });

    // The same request again: the first session, nothing written.
    const written = await counts();
    expect(await succeed(input, token)).toEqual(session);
    expect(await counts()).toEqual(written);
    // The same key with other input is a conflict.
    await refuse({ ...input, heldOn: '2026-10-21' }, token, 'CONFLICT', 'input.idempotencyKey');

    // It is the committee's most recent session, and readable by id.
    const { data } = await services.querySubgraph(
      'party',
      `query ($id: ID!) {
         partyCommittee(id: "${COMMITTEE}") { workingSessions(from: "2026-10-01", to: "2026-10-31") { id heldOn } }
         workingSession(id: $id) { id heldOn }
       }`,
      { id: session.id },
    );
    expect(data!.partyCommittee.workingSessions[0]).toEqual({ id: session.id, heldOn: '2026-10-20' });
    expect(data!.workingSession).toEqual({ id: session.id, heldOn: '2026-10-20' });
  });

  it('is allowed to the committee itself and to the commissions and committees above it', async () => {
    for (const [type, id] of [
      ['PartyCommittee', COMMITTEE],
      ['MassMobilizationCommission', 'MMC-VN'],
      ['PartyCommittee', 'PC-VN'],
    ] as [OrgType, string][]) {
      const session = await succeed(sessionInput(), await tokenOf(type, id));
      expect(session.committee.id).toBe(COMMITTEE);
    }
    // A commune committee's session, recorded by the province's commission.
    const commune = await succeed(
      sessionInput({
        committeeId: 'PC-23005-2025',
        participants: [
          { type: 'FRONT_ORGANIZATION', id: 'VFF-23005-2025' },
          { type: 'STATE_AGENCY', id: 'PCOM-23005-2025' },
        ],
      }),
      await tokenOf('MassMobilizationCommission', 'MMC-68-2025'),
    );
    expect(commune).toMatchObject({ committee: { id: 'PC-23005-2025', name: 'Đảng ủy xã Bắc Bình' }, unit: { code: '23005' } });
  });

  it.each([
    ['a reader of the committee', 'PartyCommittee', COMMITTEE, ['reader']],
    ['an editor of an unrelated committee (Hải Phòng)', 'PartyCommittee', 'PC-31-2025', ['editor']],
    ['an editor of a commune committee below it', 'PartyCommittee', 'PC-23005-2025', ['editor']],
    ["an editor of the unit's People's Committee", 'StateAgency', 'PCOM-68-2025', ['editor']],
  ] as [string, OrgType, string, Viewer['roles']][])('refuses %s: FORBIDDEN, nothing written', async (_, type, id, roles) => {
    const error = await refuse(sessionInput(), await tokenOf(type, id, roles), 'FORBIDDEN');
    expect(error.message).toMatch(/^recordWorkingSession: /);
    if (roles.includes('editor')) expect(error.extensions).toMatchObject({ field: 'input.committeeId' });
  });

  it('tells a caller who may not write that, and nothing about the input', async () => {
    const bad = sessionInput({
      heldOn: addDays(TODAY, 1),
      participants: [],
      topics: [''],
      conclusions: 'x'.repeat(20_001),
      caseIds: ['not-a-case'],
      idempotencyKey: '',
    });
    const error = await refuse(bad, await tokenOf('PartyCommittee', 'PC-31-2025'), 'FORBIDDEN', 'input.committeeId');
    expect(error.message).not.toMatch(/heldOn|participants|topics|conclusions|caseIds|idempotencyKey/);
  });

  const many = (n: number, make: (i: number) => unknown) => Array.from({ length: n }, (_, i) => make(i));
  it.each([
    ['a day in the future', { heldOn: addDays(TODAY, 1) }, 'input.heldOn', /a date not after today/],
    ["a day before the committee's first (2025-07-01)", { heldOn: '2025-06-30' }, 'input.heldOn', /a day from 2025-07-01, when PC-68-2025/],
    ['no participant', { participants: [] }, 'input.participants', /1 to 50 organizations/],
    [
      '51 participants',
      { participants: many(51, (i) => ({ type: 'FRONT_ORGANIZATION', id: `VFF-${i}` })) },
      'input.participants',
      /1 to 50/,
    ],
    [
      'a participant listed twice',
      {
        participants: [
          { type: 'FRONT_ORGANIZATION', id: 'VFF-68-2025' },
          { type: 'FRONT_ORGANIZATION', id: 'VFF-68-2025' },
        ],
      },
      'input.participants[1]',
      /not listed earlier/,
    ],
    [
      'the committee itself as a participant',
      { participants: [{ type: 'PARTY_COMMITTEE', id: COMMITTEE }] },
      'input.participants[0]',
      /which held the session/,
    ],
    [
      'a malformed participant id',
      { participants: [{ type: 'FRONT_ORGANIZATION', id: 'VFF/68' }] },
      'input.participants[0].id',
      /an id of 1 to 100/,
    ],
    [
      'a participant not in force today, by its owner',
      { participants: [{ type: 'FRONT_ORGANIZATION', id: 'VFF-60' }] },
      'input.participants[0].id',
      /VFF-60 ended on 2025-06-30; carried on by VFF-68-2025/,
    ],
    ['no topic', { topics: [] }, 'input.topics', /1 to 20 topics/],
    ['21 topics', { topics: many(21, (i) => `Chủ đề ${i}`) }, 'input.topics', /1 to 20 topics/],
    ['a blank topic', { topics: ['Nắm tình hình', '   '] }, 'input.topics[1]', /text of 1 to 500 characters/],
    ['a topic over 500 characters', { topics: ['ệ'.repeat(501)] }, 'input.topics[0]', /text of 1 to 500 characters/],
    ['a topic given twice', { topics: ['Nắm tình hình', ' Nắm tình hình '] }, 'input.topics[1]', /not listed earlier/],
    ['conclusions over 20,000 characters', { conclusions: 'x'.repeat(20_001) }, 'input.conclusions', /text of 1 to 20000/],
    ['21 cases', { caseIds: many(21, () => WATER) }, 'input.caseIds', /0 to 20 cases/],
    ['a case id that is not a UUID', { caseIds: ['60-2024-031'] }, 'input.caseIds[0]', /a UUID/],
    ['a case given twice', { caseIds: [WATER, WATER.toUpperCase()] }, 'input.caseIds[1]', /not listed earlier/],
    ['an empty idempotency key', { idempotencyKey: '' }, 'input.idempotencyKey', /text of 1 to 200/],
  ])('refuses %s: BAD_USER_INPUT naming the field, nothing written', async (_, overrides, field, message) => {
    const error = await refuse(sessionInput(overrides), await tokenOf('PartyCommittee', COMMITTEE), 'BAD_USER_INPUT', field);
    expect(error.message).toMatch(message);
  });

  it('refuses a committee not in force today, even to the Central Committee above it, naming what carries it on', async () => {
    const error = await refuse(
      sessionInput({ committeeId: 'PC-60', heldOn: '2025-03-10' }),
      await tokenOf('PartyCommittee', 'PC-VN'),
      'BAD_USER_INPUT',
      'input.committeeId',
    );
    expect(error.message).toContain('PC-60 ended on 2025-06-30; carried on by PC-68-2025');
  });

  it.each([
    ['an unknown committee', { committeeId: 'PC-99999' }, 'input.committeeId'],
    [
      'an unknown party participant',
      { participants: [{ type: 'MASS_MOBILIZATION_COMMISSION', id: 'MMC-99999' }] },
      'input.participants[0].id',
    ],
    [
      'an unknown state participant, asked of the state',
      {
        participants: [
          { type: 'FRONT_ORGANIZATION', id: 'VFF-68-2025' },
          { type: 'STATE_AGENCY', id: 'PCOM-99999' },
        ],
      },
      'input.participants[1].id',
    ],
    [
      'an unknown Front participant, asked of the Front',
      { participants: [{ type: 'FRONT_ORGANIZATION', id: 'WU-99999' }] },
      'input.participants[0].id',
    ],
    [
      'an unknown armed participant, asked of the armed forces',
      { participants: [{ type: 'ARMED_UNIT', id: 'MC-99999' }] },
      'input.participants[0].id',
    ],
    ['an unknown case, asked of the state', { caseIds: [WATER, '0f8fad5b-d9cb-469f-a165-70867728950e'] }, 'input.caseIds[1]'],
    // Gia Lai's RESTRICTED case: Lâm Đồng's committee may not see it, so for it the case does not exist.
    ['a case the caller may not see', { caseIds: [RESTRICTED_CASE] }, 'input.caseIds[0]'],
  ])('refuses %s: NOT_FOUND naming the field, nothing written', async (_, overrides, field) => {
    await refuse(sessionInput(overrides), await tokenOf('PartyCommittee', COMMITTEE), 'NOT_FOUND', field);
  });

  it('refuses a session naming a case when the state cannot be asked: SERVICE_UNAVAILABLE, nothing written', async () => {
    const lonely = await startSubgraphServer(subgraphDefinition('party'), services.subgraphs.party!.db, 0, () => ({
      ...Object.fromEntries((['front', 'armed-forces'] as const).map((name) => [name, services.subgraphs[name]!.server.url])),
      state: 'http://localhost:9/graphql',
    }));
    try {
      const before = await counts();
      const { errors } = await postGraphQL(
        lonely.url,
        RECORD,
        { input: sessionInput({ participants: [{ type: 'FRONT_ORGANIZATION', id: 'VFF-68-2025' }] }) },
        await tokenOf('PartyCommittee', COMMITTEE),
      );
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', field: 'input.caseIds[0]', serviceName: 'state' });
      expect(await counts()).toEqual(before);
    } finally {
      await lonely.stop();
    }
  });
});

describe('reading working sessions', () => {
  /** Gia Lai's (64) RESTRICTED session of 2024-Q3, on the Chư Prông matter (seed/party/workingSessions.ts). */
  let restricted: { id: string; held_on: string };
  beforeAll(async () => {
    [restricted] = await sql(
      `SELECT id, held_on::text FROM working_session WHERE committee_id = 'PC-64' AND classification = 'RESTRICTED'`,
    );
  });

  const READ = /* GraphQL */ `
    query ($id: ID!) {
      workingSession(id: $id) {
        id
        classification
        cases {
          id
        }
      }
      partyCommittee(id: "PC-64") {
        workingSessions(from: "2024-07-01", to: "2024-09-30") {
          id
        }
      }
      _entities(representations: [{ __typename: "WorkingSession", id: $id }]) {
        ... on WorkingSession {
          id
        }
      }
    }
  `;

  it("shows Gia Lai's RESTRICTED session to the party bodies over its unit, by every path, and to no one else", async () => {
    // The new Gia Lai (52) carries the old one (64) on: its commission stands over the session.
    const seen = await services.querySubgraph(
      'party',
      READ,
      { id: restricted.id },
      await tokenOf('MassMobilizationCommission', 'MMC-52-2025', ['reader']),
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data).toEqual({
      workingSession: { id: restricted.id, classification: 'RESTRICTED', cases: [{ id: RESTRICTED_CASE }] },
      partyCommittee: { workingSessions: [{ id: restricted.id }] },
      _entities: [{ id: restricted.id }],
    });
    // Lâm Đồng's commission, and Gia Lai's People's Committee (another family), see nothing of it.
    for (const [type, id] of [
      ['MassMobilizationCommission', 'MMC-68-2025'],
      ['StateAgency', 'PCOM-52-2025'],
    ] as [OrgType, string][]) {
      const hidden = await services.querySubgraph('party', READ, { id: restricted.id }, await tokenOf(type, id, ['reader']));
      expect(hidden.errors).toBeUndefined();
      expect(hidden.data).toEqual({ workingSession: null, partyCommittee: { workingSessions: [] }, _entities: [null] });
    }
  });

  it('leaves out of a PUBLIC session the cases the state does not show the reader', async () => {
    // Recorded by the new Gia Lai's committee, which sees the RESTRICTED case it carries on.
    const session = await succeed(
      sessionInput({
        committeeId: 'PC-52-2025',
        participants: [{ type: 'FRONT_ORGANIZATION', id: 'VFF-52-2025' }],
        caseIds: [RESTRICTED_CASE, WATER],
      }),
      await tokenOf('PartyCommittee', 'PC-52-2025'),
    );
    expect(session.cases).toEqual([{ id: RESTRICTED_CASE }, { id: WATER }]);
    const query = `query ($id: ID!) { workingSession(id: $id) { classification cases { id } } }`;
    const outsider = await services.querySubgraph(
      'party',
      query,
      { id: session.id },
      await tokenOf('MassMobilizationCommission', 'MMC-68-2025', ['reader']),
    );
    expect(outsider.errors).toBeUndefined();
    expect(outsider.data!.workingSession).toEqual({ classification: 'PUBLIC', cases: [{ id: WATER }] });
  });

  it("nulls only the session's cases, with the error, when the state cannot be asked", async () => {
    const lonely = await startSubgraphServer(subgraphDefinition('party'), services.subgraphs.party!.db, 0, () => ({
      state: 'http://localhost:9/graphql',
    }));
    try {
      const [{ id }] = await sql(`SELECT session_id AS id FROM working_session_case WHERE case_id = $1 LIMIT 1`, [WATER]);
      const { data, errors } = await postGraphQL(
        lonely.url,
        `query ($id: ID!) { workingSession(id: $id) { id cases { id } } }`,
        { id },
        await tokenFor(),
      );
      expect(data!.workingSession).toEqual({ id, cases: null });
      expect(errors).toHaveLength(1);
      expect(errors![0]).toMatchObject({
        path: ['workingSession', 'cases'],
        extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'state' },
      });
    } finally {
      await lonely.stop();
    }
  });

  it('answers null for an unknown id, by id and through _entities', async () => {
    const { data, errors } = await services.querySubgraph(
      'party',
      `{ workingSession(id: "nope") { id } _entities(representations: [{ __typename: "WorkingSession", id: "0f8fad5b-d9cb-469f-a165-70867728950e" }]) { ... on WorkingSession { id } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ workingSession: null, _entities: [null] });
  });

  it("lists a committee's sessions most recent first, within the days asked, and refuses a range that ends before it starts", async () => {
    const { data } = await services.querySubgraph(
      'party',
      `{ partyCommittee(id: "PC-60") { workingSessions(from: "2024-01-01", to: "2024-12-31") { heldOn } } }`,
    );
    const days = data!.partyCommittee.workingSessions.map((s: { heldOn: string }) => s.heldOn);
    const rows = await sql(
      `SELECT held_on::text AS day FROM working_session WHERE committee_id = 'PC-60' AND held_on BETWEEN '2024-01-01' AND '2024-12-31' ORDER BY held_on DESC`,
    );
    expect(days).toEqual(rows.map((r: { day: string }) => r.day));
    expect(days).toHaveLength(4);
    const bad = await services.querySubgraph(
      'party',
      `{ partyCommittee(id: "PC-60") { workingSessions(from: "2024-12-31", to: "2024-01-01") { id } } }`,
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('reads the sessions of many committees, with their participants and cases, in as many statements as of few', async () => {
    const query = (first: number) => `{
      partyCommittees(filter: { level: PROVINCIAL }, first: ${first}) {
        nodes { id workingSessions { id participants { __typename } cases { id } } }
      }
    }`;
    const token = await tokenFor();
    // Warm: where the viewer stands is cached after the first request.
    await services.querySubgraph('party', query(1), {}, token);
    const few = await services.countStatements(async () => {
      const { data, errors } = await services.querySubgraph('party', query(2), {}, token);
      expect(errors).toBeUndefined();
      expect(data!.partyCommittees.nodes.flatMap((n: any) => n.workingSessions).length).toBeGreaterThan(0);
    });
    const many = await services.countStatements(async () => {
      const { data, errors } = await services.querySubgraph('party', query(10), {}, token);
      expect(errors).toBeUndefined();
      expect(data!.partyCommittees.nodes).toHaveLength(10);
    });
    expect(many.party).toBe(few.party);
  });
});

describe('UnitStatistics.workingSessions', () => {
  const statistics = (unitCode: string, from: string, to: string, asOf: string) =>
    services.querySubgraph(
      'party',
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on UnitStatistics { workingSessions } } }`,
      { r: [{ __typename: 'UnitStatistics', unitCode, asOf, from, to }] },
    );

  it('counts a RESTRICTED session over its province, but not over its commune, whoever asks', async () => {
    const session = await succeed(
      sessionInput({
        committeeId: 'PC-23005-2025',
        heldOn: '2026-11-02',
        participants: [{ type: 'FRONT_ORGANIZATION', id: 'VFF-23005-2025' }],
        classification: 'RESTRICTED',
      }),
      await tokenOf('PartyCommittee', 'PC-23005-2025'),
    );
    expect(session.classification).toBe('RESTRICTED');
    const count = async (path: string, classification: string) =>
      (
        await sql(
          `SELECT count(*)::int AS n FROM working_session WHERE unit_path LIKE $1 AND held_on BETWEEN '2026-11-01' AND '2026-11-30' AND classification = ANY($2)`,
          [`${path}%`, classification.split(',')],
        )
      )[0].n;
    const commune = await statistics('23005', '2026-11-01', '2026-11-30', '2026-11-30');
    expect(commune.data!._entities[0].workingSessions).toBe(await count('/VN/68/23005/', 'PUBLIC'));
    const province = await statistics('68', '2026-11-01', '2026-11-30', '2026-11-30');
    expect(province.data!._entities[0].workingSessions).toBe(await count('/VN/68/', 'PUBLIC,RESTRICTED'));
    expect(province.data!._entities[0].workingSessions).toBeGreaterThan(commune.data!._entities[0].workingSessions);
  });

  it('refuses a key whose range ends before it starts: BAD_USER_INPUT naming the key field', async () => {
    const { errors } = await statistics('68', '2026-12-31', '2026-01-01', '2026-11-30');
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
