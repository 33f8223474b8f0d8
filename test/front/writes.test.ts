import { STORIES } from '../../seed/demo';
import { subgraphDefinition } from '../../subgraphs';
import { startSubgraphServer, vietnamDate, type CountedDataSource, type Viewer } from '../../lib';
import { GraphQLResponse, postGraphQL, Services, tokenFor } from '../support/services';

/**
 * `recordSupervision` and `updateRecommendationStatus` over HTTP, on databases of
 * this file's own (`front_writes`): values returned and stored, the audit row,
 * validation, authorization along the organizations' parent chain, idempotency,
 * versions, and a failure midway that must leave nothing behind. The other three
 * subgraphs run beside the Front's: they confirm the organizations, the case and the
 * program a supervision names (issue 7, item 10).
 */
let services: Services;
let db: CountedDataSource;

beforeAll(async () => {
  services = await Services.start(['front', 'state', 'party', 'armed-forces'], { databaseSuffix: 'writes' });
  db = services.subgraphs.front!.db;
  // The first file of a run to get here seeds the demo's template databases (test/support/databases.ts), which takes a while.
}, 300_000);

afterAll(async () => {
  await services?.stop();
});

type Roles = Viewer['roles'];
const frontToken = (id: string, roles: Roles = ['editor']) => tokenFor({ org: { type: 'FrontOrganization', id }, roles });

const ORGANIZATION = `__typename ... on FrontOrganization { id name } ... on StateAgency { id } ... on PartyCommittee { id }
  ... on MassMobilizationCommission { id } ... on ArmedUnit { id }`;
const RECOMMENDATION = `id content status response statusChangedOn version addressedTo { ${ORGANIZATION} }`;

const RECORD = /* GraphQL */ `#graphql
  mutation ($input: RecordSupervisionInput!) {
    recordSupervision(input: $input) {
      id title form conductedBy { id } target { ${ORGANIZATION} } unit { code } case { id } coordinationProgram { id }
      startedOn endedOn findings classification
      recommendations { ${RECOMMENDATION} }
    }
  }`;

const UPDATE = /* GraphQL */ `#graphql
  mutation ($input: UpdateRecommendationStatusInput!) {
    updateRecommendationStatus(input: $input) { ${RECOMMENDATION} }
  }`;

/** Today and the day after tomorrow in Vietnam's calendar (the server's "today" is Vietnam's). */
const today = () => vietnamDate(new Date());
const inTwoDays = () => vietnamDate(new Date(Date.now() + 2 * 86_400_000));

/**
 * Who acts: organizations in force today, formed on 2025-07-01 (one that ended on
 * 2025-06-30 writes nothing). The owner is the Women's Union of Xã Bắc Bình (23005,
 * Lâm Đồng), formed from Chợ Lầu, Phan Hòa, Phan Hiệp and Phan Rí Thành; above it,
 * Lâm Đồng's (68), directly (there is no district level any more), then the centre.
 */
const OWNER = 'WU-23005-2025';
const PROVINCE_UNION = 'WU-68-2025';
const COMMITTEE = 'PCOM-23005-2025';
/** Xã Phan Sơn, another commune of Lâm Đồng. */
const SIBLING = '23008';

let sequence = 0;
/** A valid input for Xã Bắc Bình's Women's Union, with `overrides`; each call has its own title and idempotency key. */
function supervisionInput(overrides: Record<string, unknown> = {}): Record<string, any> {
  sequence += 1;
  return {
    idempotencyKey: `wu-23005/supervision-${sequence}`,
    title: `  Giám sát việc thực hiện chính sách hỗ trợ phụ nữ nghèo trên địa bàn xã Bắc Bình (${sequence})  `,
    form: 'SUPERVISION',
    conductedById: OWNER,
    target: { type: 'STATE_AGENCY', id: COMMITTEE },
    unitCode: '23005',
    // The Phan Hòa water case, in a commune Xã Bắc Bình was formed from.
    caseId: STORIES.cases.waterPhanHoa,
    coordinationProgramId: null,
    startedOn: '2025-09-08',
    endedOn: '2025-09-26',
    findings: ' Các thôn đã rà soát, lập danh sách hộ nghèo do phụ nữ làm chủ hộ; việc giải ngân vốn vay còn chậm. ',
    recommendations: [
      {
        content: ' Đẩy nhanh giải ngân vốn vay ưu đãi cho hộ nghèo do phụ nữ làm chủ hộ. ',
        addressedTo: { type: 'STATE_AGENCY', id: COMMITTEE },
      },
      {
        content: 'Hướng dẫn nghiệp vụ giám sát cho Hội Liên hiệp Phụ nữ cấp xã.',
        addressedTo: { type: 'FRONT_ORGANIZATION', id: PROVINCE_UNION },
      },
      {
        content: 'Chỉ đạo các chi bộ quan tâm công tác giảm nghèo đối với phụ nữ.',
        addressedTo: { type: 'PARTY_COMMITTEE', id: 'PC-23005-2025' },
      },
    ],
    ...overrides,
  };
}

async function record(input: Record<string, unknown>, token?: string): Promise<GraphQLResponse> {
  return services.querySubgraph('front', RECORD, { input }, token ?? (await frontToken(OWNER)));
}

async function recorded(input: Record<string, unknown> = supervisionInput(), token?: string) {
  const response = await record(input, token);
  expect(response.errors).toBeUndefined();
  return response.data!.recordSupervision;
}

let updates = 0;
/** Sends a change of a recommendation's status; an input without a key gets one of its own (one logical request per call). */
async function update(input: Record<string, unknown>, token?: string): Promise<GraphQLResponse> {
  updates += 1;
  const keyed = { idempotencyKey: `wu-23005/answer-${updates}`, ...input };
  return services.querySubgraph('front', UPDATE, { input: keyed }, token ?? (await frontToken(OWNER)));
}

/** Rows of every table a mutation writes, and a digest of the recommendations' mutable columns. */
async function snapshot() {
  const [row] = await db.query(`
    SELECT (SELECT count(*)::int FROM supervision) AS supervisions,
           (SELECT count(*)::int FROM recommendation) AS recommendations,
           (SELECT count(*)::int FROM audit_entry) AS audit_entries,
           (SELECT count(*)::int FROM idempotency_key) AS idempotency_keys,
           (SELECT md5(string_agg(id || status || coalesce(response, '') || status_changed_on || version, ',' ORDER BY id))
              FROM recommendation) AS recommendation_state`);
  return row;
}

/** `action` fails with one error of `code` naming `field`, and writes nothing. */
async function expectRefused(action: () => Promise<GraphQLResponse>, code: string, field: string) {
  const before = await snapshot();
  const response = await action();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions?.code).toBe(code);
  expect(response.errors![0].message).toContain(field);
  expect(response.data ?? null).toBeNull();
  expect(await snapshot()).toEqual(before);
  return response.errors![0];
}

async function auditRows(recordId: string) {
  return db.query(`SELECT * FROM audit_entry WHERE record_id = $1 ORDER BY occurred_at`, [recordId]);
}

describe('recordSupervision', () => {
  test('stores the supervision and its recommendations in order, returns them as the reads do, and audits it once', async () => {
    const input = supervisionInput();
    const s = await recorded(input);
    expect(s).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: input.title.trim(),
      form: 'SUPERVISION',
      conductedBy: { id: OWNER },
      target: { __typename: 'StateAgency', id: COMMITTEE },
      unit: { code: '23005' },
      case: { id: STORIES.cases.waterPhanHoa },
      coordinationProgram: null,
      startedOn: '2025-09-08',
      endedOn: '2025-09-26',
      findings: input.findings.trim(),
      classification: 'PUBLIC',
      recommendations: [
        {
          content: 'Đẩy nhanh giải ngân vốn vay ưu đãi cho hộ nghèo do phụ nữ làm chủ hộ.',
          addressedTo: { __typename: 'StateAgency', id: COMMITTEE },
        },
        {
          content: input.recommendations[1].content,
          addressedTo: { __typename: 'FrontOrganization', id: PROVINCE_UNION, name: 'Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng' },
        },
        { content: input.recommendations[2].content, addressedTo: { __typename: 'PartyCommittee', id: 'PC-23005-2025' } },
      ].map((r) => ({ ...r, id: expect.any(String), status: 'PENDING', response: null, statusChangedOn: today(), version: 1 })),
    });

    const [row] = await db.query(`SELECT * FROM supervision WHERE id = $1`, [s.id]);
    expect(row).toMatchObject({
      title: s.title,
      conducted_by_id: OWNER,
      target_type: 'StateAgency',
      target_id: COMMITTEE,
      unit_code: '23005',
      // Placed in the unit as it stood on the day it started: Xã Bắc Bình, directly under Lâm Đồng.
      unit_path: '/VN/68/23005/',
      case_id: STORIES.cases.waterPhanHoa,
      coordination_program_id: null,
      classification: 'PUBLIC',
    });
    const recommendations = await db.query(
      `SELECT id, position, addressed_to_type, addressed_to_id, status, version FROM recommendation WHERE supervision_id = $1 ORDER BY position`,
      [s.id],
    );
    expect(recommendations.map((r: any) => [r.id, r.position, r.addressed_to_type, r.addressed_to_id, r.status, r.version])).toEqual([
      [s.recommendations[0].id, 1, 'StateAgency', COMMITTEE, 'PENDING', 1],
      [s.recommendations[1].id, 2, 'FrontOrganization', PROVINCE_UNION, 'PENDING', 1],
      [s.recommendations[2].id, 3, 'PartyCommittee', 'PC-23005-2025', 'PENDING', 1],
    ]);

    const audit = await auditRows(s.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_subject: 'test-user',
      actor_organization_type: 'FrontOrganization',
      actor_organization_id: OWNER,
      owner_organization_type: 'FrontOrganization',
      owner_organization_id: OWNER,
      operation: 'recordSupervision',
      record_type: 'Supervision',
      before: null,
      idempotency_key: input.idempotencyKey,
    });
    expect(audit[0].after).toMatchObject({ id: s.id, title: s.title, unitPath: '/VN/68/23005/', classification: 'PUBLIC' });
    expect(audit[0].after.recommendations.map((r: any) => [r.position, r.content])).toEqual(
      s.recommendations.map((r: any, i: number) => [i + 1, r.content]),
    );

    // The reads see it like any other.
    const read = await services.querySubgraph('front', `query ($id: ID!) { supervision(id: $id) { id recommendations { id } } }`, {
      id: s.id,
    });
    expect(read.data!.supervision).toEqual({ id: s.id, recommendations: s.recommendations.map((r: any) => ({ id: r.id })) });
  });

  test('without recommendations, findings or end; social criticism of a Front organization; a commune below the unit', async () => {
    // The province's union, in a commune below its unit, of the commune's union.
    const s = await recorded(
      supervisionInput({
        conductedById: PROVINCE_UNION,
        form: 'SOCIAL_CRITICISM',
        target: { type: 'FRONT_ORGANIZATION', id: OWNER },
        unitCode: '23005',
        caseId: undefined,
        coordinationProgramId: STORIES.programs.binhThuanExpressway,
        endedOn: null,
        findings: '   ',
        recommendations: undefined,
        classification: 'RESTRICTED',
      }),
      await frontToken(PROVINCE_UNION),
    );
    expect(s).toMatchObject({
      conductedBy: { id: PROVINCE_UNION },
      form: 'SOCIAL_CRITICISM',
      target: { __typename: 'FrontOrganization', id: OWNER },
      unit: { code: '23005' },
      case: null,
      coordinationProgram: { id: STORIES.programs.binhThuanExpressway },
      endedOn: null,
      findings: null,
      classification: 'RESTRICTED',
      recommendations: [],
    });
    expect(await db.query(`SELECT count(*)::int AS n FROM recommendation WHERE supervision_id = $1`, [s.id])).toEqual([{ n: 0 }]);
  });

  test('a target and addressees of every family, each found by its owner, with a case and a program', async () => {
    const s = await recorded(
      supervisionInput({
        target: { type: 'ARMED_UNIT', id: 'MC-23005-2025' },
        caseId: STORIES.cases.expresswayBacBinh,
        coordinationProgramId: STORIES.programs.binhThuanExpressway,
        recommendations: [
          { content: 'Phối hợp vận động các hộ dân.', addressedTo: { type: 'MASS_MOBILIZATION_COMMISSION', id: 'MMC-68-2025' } },
          { content: 'Hỗ trợ di dời nhà ở.', addressedTo: { type: 'ARMED_UNIT', id: 'MC-23005-2025' } },
        ],
      }),
    );
    expect(s).toMatchObject({
      target: { __typename: 'ArmedUnit', id: 'MC-23005-2025' },
      case: { id: STORIES.cases.expresswayBacBinh },
      coordinationProgram: { id: STORIES.programs.binhThuanExpressway },
    });
    expect(s.recommendations.map((r: any) => r.addressedTo)).toEqual([
      { __typename: 'MassMobilizationCommission', id: 'MMC-68-2025' },
      { __typename: 'ArmedUnit', id: 'MC-23005-2025' },
    ]);
  });

  describe('ids of other families, asked of their owners (issue 7, item 10): NOT_FOUND naming the field, nothing written', () => {
    const UNKNOWN_UUID = 'c0ffee00-0000-4000-8000-000000000000';
    const cases: [string, () => Record<string, unknown>, string][] = [
      ['an unknown state agency as target', () => ({ target: { type: 'STATE_AGENCY', id: 'PCOM-99999' } }), 'input.target.id'],
      ['an unknown armed unit as target', () => ({ target: { type: 'ARMED_UNIT', id: 'MC-99999' } }), 'input.target.id'],
      ['an unknown party committee as target', () => ({ target: { type: 'PARTY_COMMITTEE', id: 'PC-99999' } }), 'input.target.id'],
      ['a commission id given as a committee', () => ({ target: { type: 'PARTY_COMMITTEE', id: 'MMC-68-2025' } }), 'input.target.id'],
      [
        'an unknown commission as the second addressee',
        () => ({
          recommendations: [
            { content: 'x', addressedTo: { type: 'STATE_AGENCY', id: COMMITTEE } },
            { content: 'y', addressedTo: { type: 'MASS_MOBILIZATION_COMMISSION', id: 'MMC-99999' } },
          ],
        }),
        'input.recommendations[1].addressedTo.id',
      ],
      [
        'an unknown armed unit as addressee',
        () => ({ recommendations: [{ content: 'x', addressedTo: { type: 'ARMED_UNIT', id: 'BG-99999' } }] }),
        'input.recommendations[0].addressedTo.id',
      ],
      ['a case that does not exist', () => ({ caseId: UNKNOWN_UUID }), 'input.caseId'],
      ['a case id that is no case’s', () => ({ caseId: 'not-a-case' }), 'input.caseId'],
      [
        'a RESTRICTED case the caller may not see (Gia Lai’s, for a union of Lâm Đồng)',
        () => ({ caseId: STORIES.cases.restrictedChuProng }),
        'input.caseId',
      ],
      ['a program that does not exist', () => ({ coordinationProgramId: UNKNOWN_UUID }), 'input.coordinationProgramId'],
    ];
    test.each(cases)('%s', async (_name, overrides, field) => {
      const error = await expectRefused(async () => record(supervisionInput(overrides())), 'NOT_FOUND', field);
      expect(error.extensions?.field).toBe(field);
    });
  });

  test('an editor of the same organization above (WU-68-2025, WU-VN) or an admin of the owner may record it; the owner stays the commune’s', async () => {
    for (const [token, actor] of [
      [await frontToken(PROVINCE_UNION), PROVINCE_UNION],
      [await frontToken('WU-VN'), 'WU-VN'],
      [await frontToken(OWNER, ['admin']), OWNER],
    ] as const) {
      const s = await recorded(supervisionInput(), token);
      expect(s.conductedBy).toEqual({ id: OWNER });
      const [audit] = await auditRows(s.id);
      expect(audit).toMatchObject({ actor_organization_id: actor, owner_organization_id: OWNER });
    }
  });

  describe('bad input: a BAD_USER_INPUT or NOT_FOUND naming the field, and nothing written', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ content: `Kiến nghị ${i + 1}`, addressedTo: { type: 'STATE_AGENCY', id: COMMITTEE } }));
    const cases: [string, () => Record<string, unknown>, string, string][] = [
      ['a blank title', () => ({ title: '   ' }), 'BAD_USER_INPUT', 'input.title'],
      ['a title over 300 characters', () => ({ title: 'x'.repeat(301) }), 'BAD_USER_INPUT', 'input.title'],
      ['findings over 20,000 characters', () => ({ findings: 'x'.repeat(20_001) }), 'BAD_USER_INPUT', 'input.findings'],
      ['51 recommendations', () => ({ recommendations: many(51) }), 'BAD_USER_INPUT', 'input.recommendations'],
      [
        'an empty recommendation',
        () => ({ recommendations: [...many(1), { content: ' ', addressedTo: { type: 'STATE_AGENCY', id: COMMITTEE } }] }),
        'BAD_USER_INPUT',
        'input.recommendations[1].content',
      ],
      [
        'a recommendation over 5,000 characters',
        () => ({ recommendations: [{ content: 'x'.repeat(5_001), addressedTo: { type: 'STATE_AGENCY', id: COMMITTEE } }] }),
        'BAD_USER_INPUT',
        'input.recommendations[0].content',
      ],
      ['a start in the future', () => ({ startedOn: inTwoDays(), endedOn: null }), 'BAD_USER_INPUT', 'input.startedOn'],
      ['an end before the start', () => ({ startedOn: '2025-09-08', endedOn: '2025-09-07' }), 'BAD_USER_INPUT', 'input.endedOn'],
      ['an end in the future', () => ({ startedOn: '2025-09-08', endedOn: inTwoDays() }), 'BAD_USER_INPUT', 'input.endedOn'],
      ['a date that does not exist', () => ({ startedOn: '2026-02-30' }), 'BAD_USER_INPUT', 'input.startedOn'],
      ['an unknown unit code', () => ({ unitCode: '99999' }), 'BAD_USER_INPUT', 'input.unitCode'],
      ["a sibling commune's unit", () => ({ unitCode: SIBLING }), 'BAD_USER_INPUT', 'input.unitCode'],
      ["the province above the conductor's unit", () => ({ unitCode: '68' }), 'BAD_USER_INPUT', 'input.unitCode'],
      [
        'a unit that ended on 2025-06-30 (Phan Hòa, carried on by Xã Bắc Bình)',
        () => ({ unitCode: '23035' }),
        'BAD_USER_INPUT',
        'input.unitCode',
      ],
      [
        "a target that ended on 2025-06-30 (Bắc Bình district's People's Committee)",
        () => ({ target: { type: 'STATE_AGENCY', id: 'PCOM-596' } }),
        'BAD_USER_INPUT',
        'input.target.id',
      ],
      [
        'an addressee that ended on 2025-06-30 (Bình Thuận’s Women’s Union)',
        () => ({ recommendations: [...many(1), { content: 'x', addressedTo: { type: 'FRONT_ORGANIZATION', id: 'WU-60' } }] }),
        'BAD_USER_INPUT',
        'input.recommendations[1].addressedTo.id',
      ],
      [
        'a malformed target id',
        () => ({ target: { type: 'STATE_AGENCY', id: 'PCOM 596; DROP TABLE' } }),
        'BAD_USER_INPUT',
        'input.target.id',
      ],
      ['a malformed case id', () => ({ caseId: 'not a case' }), 'BAD_USER_INPUT', 'input.caseId'],
      ['an empty coordination program id', () => ({ coordinationProgramId: '' }), 'BAD_USER_INPUT', 'input.coordinationProgramId'],
      [
        'a malformed addressee id',
        () => ({ recommendations: [{ content: 'x', addressedTo: { type: 'PARTY_COMMITTEE', id: '' } }] }),
        'BAD_USER_INPUT',
        'input.recommendations[0].addressedTo.id',
      ],
      ['an empty idempotency key', () => ({ idempotencyKey: '' }), 'BAD_USER_INPUT', 'input.idempotencyKey'],
      ['an idempotency key over 200 characters', () => ({ idempotencyKey: 'k'.repeat(201) }), 'BAD_USER_INPUT', 'input.idempotencyKey'],
      ['an unknown conducting organization', () => ({ conductedById: 'WU-99999' }), 'NOT_FOUND', 'input.conductedById'],
      [
        'an unknown Front organization as target',
        () => ({ target: { type: 'FRONT_ORGANIZATION', id: 'VFF-99999' } }),
        'NOT_FOUND',
        'input.target.id',
      ],
      [
        'an unknown Front organization as addressee',
        () => ({ recommendations: [...many(2), { content: 'x', addressedTo: { type: 'FRONT_ORGANIZATION', id: 'FU-99999' } }] }),
        'NOT_FOUND',
        'input.recommendations[2].addressedTo.id',
      ],
    ];
    test.each(cases)('%s', async (_name, overrides, code, field) => {
      await expectRefused(async () => record(supervisionInput(overrides())), code, field);
    });
  });

  describe('authorization: FORBIDDEN and nothing written', () => {
    const cases: [string, () => Promise<string>][] = [
      ['a reader of the owner', () => frontToken(OWNER, ['reader'])],
      [
        "an editor of another family (the supervised People's Committee)",
        () => tokenFor({ org: { type: 'StateAgency', id: COMMITTEE }, roles: ['editor'] }),
      ],
      [
        'an admin of the party committee of the unit',
        () => tokenFor({ org: { type: 'PartyCommittee', id: 'PC-23005-2025' }, roles: ['admin'] }),
      ],
      ["an editor of a sibling commune's Women's Union", () => frontToken(`WU-${SIBLING}-2025`)],
      ['an editor of another organization of the same unit (the Front committee)', () => frontToken('VFF-23005-2025')],
      ["an editor of another province's Women's Union", () => frontToken('WU-52-2025')],
      ['an editor of a commune union it carries on, ended on 2025-06-30', () => frontToken('WU-23035')],
      ['an editor of the district union above those communes, ended on 2025-06-30', () => frontToken('WU-596')],
    ];
    test.each(cases)('%s', async (_name, token) => {
      await expectRefused(async () => record(supervisionInput(), await token()), 'FORBIDDEN', 'recordSupervision');
    });

    test('tells a caller who may not write that, and nothing about the input', async () => {
      // A sibling district's editor sends an input with a mistake in every field it can: it hears FORBIDDEN only.
      const bad = supervisionInput({
        title: '',
        unitCode: '99999',
        target: { type: 'STATE_AGENCY', id: 'PCOM-99999' },
        caseId: 'c0ffee00-0000-4000-8000-000000000000',
        startedOn: inTwoDays(),
        findings: 'x'.repeat(20_001),
        recommendations: [{ content: '', addressedTo: { type: 'PARTY_COMMITTEE', id: '' } }],
        idempotencyKey: '',
      });
      const error = await expectRefused(
        async () => record(bad, await frontToken(`WU-${SIBLING}-2025`)),
        'FORBIDDEN',
        'input.conductedById',
      );
      expect(error.message).not.toMatch(/title|unitCode|target|caseId|startedOn|findings|recommendations|idempotencyKey/);
    });

    test('a commune acting for its province', async () => {
      const error = await expectRefused(
        async () => record(supervisionInput({ conductedById: PROVINCE_UNION, unitCode: '68' }), await frontToken(OWNER)),
        'FORBIDDEN',
        'input.conductedById',
      );
      expect(error.message).toContain(PROVINCE_UNION);
    });

    test('an organization that ended on 2025-06-30 writes nothing, even for itself, and hears why', async () => {
      const error = await expectRefused(
        async () =>
          record(
            supervisionInput({
              conductedById: 'WU-596',
              unitCode: '596',
              target: { type: 'STATE_AGENCY', id: 'PCOM-596' },
              recommendations: [],
            }),
            await frontToken('WU-596'),
          ),
        'FORBIDDEN',
        'recordSupervision',
      );
      expect(error.message).toContain('not in force today');
      expect(error.message).toContain('WU-596 ended on 2025-06-30');
    });
  });

  describe('idempotency', () => {
    test('the same key twice: one supervision, one audit row, the same id', async () => {
      const input = supervisionInput({ idempotencyKey: 'wu-23005/2025-09/poor-women' });
      const before = await snapshot();
      const first = await recorded(input);
      const second = await recorded(input);
      expect(second).toEqual(first);
      const after = await snapshot();
      expect(after.supervisions).toBe(before.supervisions + 1);
      expect(after.recommendations).toBe(before.recommendations + 3);
      expect(after.audit_entries).toBe(before.audit_entries + 1);
      expect(await db.query(`SELECT record_id, operation FROM idempotency_key WHERE key = $1`, [input.idempotencyKey])).toEqual([
        { record_id: first.id, operation: 'recordSupervision' },
      ]);
    });

    test('the same key with other input is a CONFLICT', async () => {
      const input = supervisionInput({ idempotencyKey: 'wu-23005/reused' });
      await recorded(input);
      await expectRefused(async () => record({ ...input, title: 'Một cuộc giám sát khác' }), 'CONFLICT', 'input.idempotencyKey');
    });

    test('two concurrent requests with the same key: one effect, both answered with it', async () => {
      const input = supervisionInput({ idempotencyKey: 'wu-23005/concurrent' });
      const token = await frontToken(OWNER);
      const before = await snapshot();
      const responses = await Promise.all([record(input, token), record(input, token), record(input, token)]);
      for (const response of responses) expect(response.errors).toBeUndefined();
      const ids = new Set(responses.map((r) => r.data!.recordSupervision.id));
      expect(ids.size).toBe(1);
      const after = await snapshot();
      expect(after.supervisions).toBe(before.supervisions + 1);
      expect(after.audit_entries).toBe(before.audit_entries + 1);
      expect(after.idempotency_keys).toBe(before.idempotency_keys + 1);
    });

    test('a key belongs to the organization that acted: another organization using it records its own', async () => {
      const input = supervisionInput({ idempotencyKey: 'shared-key' });
      const mine = await recorded(input);
      const theirs = await recorded(input, await frontToken(PROVINCE_UNION));
      expect(theirs.id).not.toBe(mine.id);
    });
  });

  test('a failure midway (a recommendation refused by the database) leaves no supervision, no audit row and no claimed key', async () => {
    // A trigger in this file's own database stands for any failure after the first insert.
    await db.query(`
      CREATE OR REPLACE FUNCTION test_refuse_recommendation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.content = 'REFUSE ME' THEN RAISE EXCEPTION 'test: recommendation refused'; END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER test_refuse_recommendation BEFORE INSERT ON recommendation
                    FOR EACH ROW EXECUTE FUNCTION test_refuse_recommendation()`);
    const input = supervisionInput({
      idempotencyKey: 'wu-23005/midway',
      recommendations: [
        { content: 'Một kiến nghị hợp lệ.', addressedTo: { type: 'STATE_AGENCY', id: COMMITTEE } },
        { content: 'REFUSE ME', addressedTo: { type: 'STATE_AGENCY', id: COMMITTEE } },
      ],
    });
    try {
      const before = await snapshot();
      const response = await record(input);
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(response.errors![0].extensions?.stacktrace).toBeUndefined();
      expect(await snapshot()).toEqual(before);
      expect(await db.query(`SELECT id FROM supervision WHERE title = $1`, [input.title.trim()])).toEqual([]);
      expect(await db.query(`SELECT key FROM idempotency_key WHERE key = $1`, [input.idempotencyKey])).toEqual([]);
    } finally {
      await db.query(`DROP TRIGGER test_refuse_recommendation ON recommendation`);
      await db.query(`DROP FUNCTION test_refuse_recommendation()`);
    }
    // The key was never claimed, so the retry does the work.
    const retried = await recorded(input);
    expect(retried.recommendations.map((r: any) => r.content)).toEqual(['Một kiến nghị hợp lệ.', 'REFUSE ME']);
  });
});

describe('updateRecommendationStatus', () => {
  /** A fresh supervision of the commune's Women's Union and its first recommendation. */
  async function freshRecommendation() {
    const s = await recorded();
    return s.recommendations[0] as { id: string; version: number; content: string };
  }

  test('records the answer (trimmed), stamps today in Vietnam, moves the version on, and audits before and after', async () => {
    const r = await freshRecommendation();
    const response = await update({
      recommendationId: r.id,
      status: 'ACCEPTED',
      response: '  Xã tiếp thu, giao Phòng Văn hóa - Xã hội chỉ đạo.  ',
      version: 1,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateRecommendationStatus).toEqual({
      id: r.id,
      content: r.content,
      status: 'ACCEPTED',
      response: 'Xã tiếp thu, giao Phòng Văn hóa - Xã hội chỉ đạo.',
      statusChangedOn: today(),
      version: 2,
      addressedTo: { __typename: 'StateAgency', id: COMMITTEE },
    });
    const [row] = await db.query(`SELECT status, response, status_changed_on::text, version FROM recommendation WHERE id = $1`, [r.id]);
    expect(row).toEqual({
      status: 'ACCEPTED',
      response: 'Xã tiếp thu, giao Phòng Văn hóa - Xã hội chỉ đạo.',
      status_changed_on: today(),
      version: 2,
    });

    const audit = await auditRows(r.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      operation: 'updateRecommendationStatus',
      record_type: 'Recommendation',
      actor_organization_id: OWNER,
      owner_organization_id: OWNER,
    });
    expect(audit[0].before).toMatchObject({ id: r.id, status: 'PENDING', response: null, version: 1 });
    expect(audit[0].after).toMatchObject({
      id: r.id,
      status: 'ACCEPTED',
      response: 'Xã tiếp thu, giao Phòng Văn hóa - Xã hội chỉ đạo.',
      version: 2,
    });

    // Without a response, the one recorded stays.
    const next = await update({ recommendationId: r.id, status: 'IMPLEMENTED', version: 2 });
    expect(next.data!.updateRecommendationStatus).toMatchObject({
      status: 'IMPLEMENTED',
      response: 'Xã tiếp thu, giao Phòng Văn hóa - Xã hội chỉ đạo.',
      version: 3,
    });
  });

  test('a seeded recommendation, by an editor of the organization above the conductor (VFF-VN for VFF-68-2025)', async () => {
    // One of the two-level era's supervisions by Lâm Đồng's Front committee, not yet in progress.
    const [seeded] = await db.query(
      `SELECT r.id, r.version FROM recommendation r JOIN supervision s ON s.id = r.supervision_id
        WHERE s.conducted_by_id = 'VFF-68-2025' AND r.status <> 'IN_PROGRESS' ORDER BY r.id LIMIT 1`,
    );
    const response = await update(
      { recommendationId: seeded.id, status: 'IN_PROGRESS', version: seeded.version },
      await frontToken('VFF-VN'),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateRecommendationStatus).toMatchObject({ status: 'IN_PROGRESS', version: seeded.version + 1 });
    const [audit] = await auditRows(seeded.id);
    expect(audit).toMatchObject({ actor_organization_id: 'VFF-VN', owner_organization_id: 'VFF-68-2025' });
  });

  test('bad input and unknown ids name the field; nothing written', async () => {
    const r = await freshRecommendation();
    const valid = { recommendationId: r.id, status: 'ACCEPTED', version: 1 };
    await expectRefused(() => update({ ...valid, response: 'x'.repeat(20_001) }), 'BAD_USER_INPUT', 'input.response');
    await expectRefused(() => update({ ...valid, response: '   ' }), 'BAD_USER_INPUT', 'input.response');
    await expectRefused(() => update({ ...valid, version: 0 }), 'BAD_USER_INPUT', 'input.version');
    await expectRefused(() => update({ ...valid, status: 'FORGOTTEN' }), 'BAD_USER_INPUT', 'status');
    await expectRefused(() => update({ ...valid, idempotencyKey: '' }), 'BAD_USER_INPUT', 'input.idempotencyKey');
    await expectRefused(() => update({ ...valid, recommendationId: 'no-such-recommendation' }), 'NOT_FOUND', 'input.recommendationId');
  });

  test('FORBIDDEN for a reader, another family, a sibling, a subordinate, another organization of the unit and an ended one; nothing written', async () => {
    const r = await freshRecommendation();
    const input = { recommendationId: r.id, status: 'REJECTED', response: 'Không', version: 1 };
    for (const token of [
      await frontToken(OWNER, ['reader']),
      await tokenFor({ org: { type: 'StateAgency', id: COMMITTEE }, roles: ['editor'] }),
      await frontToken(`WU-${SIBLING}-2025`),
      await frontToken('VFF-23005-2025'),
      // The communes' union it carries on, ended on 2025-06-30.
      await frontToken('WU-23035'),
    ]) {
      await expectRefused(() => update(input, token), 'FORBIDDEN', 'updateRecommendationStatus');
    }
    // Refused before the version is looked at: a stale version tells an outsider nothing either.
    await expectRefused(
      async () => update({ ...input, version: 7 }, await frontToken(`WU-${SIBLING}-2025`)),
      'FORBIDDEN',
      'input.recommendationId',
    );
    // A commune's union below the conductor may not answer for the province's union.
    const provincial = await recorded(
      supervisionInput({ conductedById: PROVINCE_UNION, unitCode: '68', target: { type: 'STATE_AGENCY', id: 'PCOM-68-2025' } }),
      await frontToken(PROVINCE_UNION),
    );
    await expectRefused(
      () => update({ recommendationId: provincial.recommendations[0].id, status: 'REJECTED', version: 1 }),
      'FORBIDDEN',
      'updateRecommendationStatus',
    );
  });

  test('tells a caller who may not change it that, and nothing about the input or the version', async () => {
    const r = await freshRecommendation();
    const error = await expectRefused(
      async () =>
        update(
          { recommendationId: r.id, status: 'ACCEPTED', response: 'x'.repeat(20_001), version: 0, idempotencyKey: '' },
          await frontToken(`WU-${SIBLING}-2025`),
        ),
      'FORBIDDEN',
      'input.recommendationId',
    );
    expect(error.message).not.toMatch(/response|version|idempotencyKey/);
  });

  test('a stale version is a CONFLICT and changes nothing', async () => {
    const r = await freshRecommendation();
    expect((await update({ recommendationId: r.id, status: 'ACCEPTED', version: 1 })).errors).toBeUndefined();
    const error = await expectRefused(
      () => update({ recommendationId: r.id, status: 'REJECTED', version: 1 }),
      'CONFLICT',
      'input.version',
    );
    expect(error.message).toContain('version 2');
  });

  test('two concurrent changes at the same version: exactly one wins, the other is a CONFLICT', async () => {
    const r = await freshRecommendation();
    const token = await frontToken(OWNER);
    const responses = await Promise.all([
      update({ recommendationId: r.id, status: 'ACCEPTED', response: 'Đồng ý', version: 1 }, token),
      update({ recommendationId: r.id, status: 'REJECTED', response: 'Không đồng ý', version: 1 }, token),
    ]);
    const won = responses.filter((response) => !response.errors);
    const lost = responses.filter((response) => response.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].errors![0].extensions?.code).toBe('CONFLICT');
    const [row] = await db.query(`SELECT status, version FROM recommendation WHERE id = $1`, [r.id]);
    expect(row).toEqual({ status: won[0].data!.updateRecommendationStatus.status, version: 2 });
    expect(await auditRows(r.id)).toHaveLength(1);
  });

  test('a retry with the same key returns the first result (not a CONFLICT on the version it already moved); other input is a CONFLICT', async () => {
    const r = await freshRecommendation();
    const input = {
      recommendationId: r.id,
      status: 'IN_PROGRESS',
      response: 'Đang triển khai',
      version: 1,
      idempotencyKey: `answer/${r.id}`,
    };
    const first = await update(input);
    const second = await update(input);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(await auditRows(r.id)).toHaveLength(1);
    await expectRefused(() => update({ ...input, status: 'IMPLEMENTED' }), 'CONFLICT', 'input.idempotencyKey');
  });
});

describe('an owner that cannot be asked', () => {
  test.each([
    ['a state agency as target, the state subgraph down', {}, 'input.target.id', 'state'],
    [
      'a case, the state subgraph down',
      { target: { type: 'FRONT_ORGANIZATION', id: 'VFF-23005-2025' }, recommendations: [] },
      'input.caseId',
      'state',
    ],
    [
      'a program, the party subgraph down',
      {
        target: { type: 'FRONT_ORGANIZATION', id: 'VFF-23005-2025' },
        recommendations: [],
        caseId: null,
        coordinationProgramId: STORIES.programs.binhThuanExpressway,
      },
      'input.coordinationProgramId',
      'party',
    ],
  ])('refuses a supervision naming %s: SERVICE_UNAVAILABLE, nothing written', async (_what, overrides, field, serviceName) => {
    // A Front subgraph of its own whose peers point nowhere: the other families are "down".
    const lonely = await startSubgraphServer(subgraphDefinition('front'), db, 0, () => ({
      state: 'http://localhost:9/graphql',
      party: 'http://localhost:9/graphql',
      'armed-forces': 'http://localhost:9/graphql',
    }));
    try {
      const before = await snapshot();
      const response = await postGraphQL(lonely.url, RECORD, { input: supervisionInput(overrides) }, await frontToken(OWNER));
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', field, serviceName });
      expect(response.errors![0].message).toMatch(/nothing was written/);
      expect(await snapshot()).toEqual(before);
    } finally {
      await lonely.stop();
    }
  });
});
