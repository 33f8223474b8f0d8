import { STORIES } from '../../seed/demo';
import { LAST_THREE_LEVEL_DAY, referenceUnit, startSubgraphServer, vietnamDate, type Viewer } from '../../lib';
import { subgraphDefinition } from '../../subgraphs';
import { GraphQLResponse, postGraphQL, Services, tokenFor } from '../support/services';

/**
 * `recordMobilizationActivity` over HTTP on a database of this file's own
 * (`armed-forces_writes`): the record and its audit row, validation, who may write
 * for which unit, idempotency, and a failure midway leaving nothing behind.
 *
 * Who acts: units in force today (one that ended on 2025-06-30 writes nothing). The
 * owner is the military command of Xã Bắc Bình (23005, Lâm Đồng, formed on 2025-07-01
 * from Chợ Lầu, Phan Hòa and two more communes of Bắc Bình district); above it, the
 * regional defense command that took over Bắc Bình district's command (MC-596), then
 * Lâm Đồng's provincial command and Military Region 7.
 */
let services: Services;

/** The owner of the activities recorded here. */
const OWNER = 'MC-23005-2025';
/** The regional defense command above it (it carries on MC-596, MC-597 and MC-598). */
const REGIONAL = 'RDC-68-2025-2';
const PROVINCE = 'MC-68-2025';
/** Xã Phan Sơn, another commune of Lâm Đồng whose command is under the same regional defense command. */
const SIBLING = '23008';
/** Đặc khu Phú Quý, the special zone that carries on the island district of Phú Quý (602). */
const PHU_QUY = referenceUnit('602', LAST_THREE_LEVEL_DAY)!.successors[0].unit.code;

beforeAll(async () => {
  // The state and party subgraphs confirm the case and the program an activity names.
  services = await Services.start(['armed-forces', 'state', 'party'], { databaseSuffix: 'writes' });
  // The first file of a run to get here seeds the demo's template databases (test/support/databases.ts), which takes a while.
}, 300_000);
afterAll(() => services?.stop());

const db = () => services.subgraphs['armed-forces']!.db;

type OrgType = Viewer['org']['type'];
const tokenOf = (id: string, roles: Viewer['roles'] = ['editor'], type: OrgType = 'ArmedUnit', sub = `officer-of-${id}`) =>
  tokenFor({ sub, org: { type, id }, roles });

const RECORD = /* GraphQL */ `
  mutation ($input: RecordMobilizationActivityInput!) {
    recordMobilizationActivity(input: $input) {
      id
      title
      kind
      conductedBy {
        id
        name
        parent {
          id
        }
      }
      unit {
        code
      }
      startedOn
      endedOn
      personnel
      manDays
      householdsReached
      description
      case {
        id
      }
      coordinationProgram {
        id
      }
    }
  }
`;

interface Recorded {
  id: string;
  title: string;
  conductedBy: { id: string };
  description: string | null;
}

const record = (input: Record<string, unknown>, token: Promise<string> | string) =>
  Promise.resolve(token).then(
    (t) =>
      services.querySubgraph('armed-forces', RECORD, { input }, t) as Promise<GraphQLResponse<{ recordMobilizationActivity: Recorded }>>,
  );

/** A valid activity of Xã Bắc Bình's military command in its commune. */
const VALID = {
  title: 'Giúp nhân dân xã Bắc Bình nạo vét kênh mương, đào giếng chống hạn',
  kind: 'DISASTER_RELIEF',
  conductedById: OWNER,
  unitCode: '23005',
  startedOn: '2026-03-16',
  endedOn: '2026-03-27' as string | null,
  personnel: 36,
  manDays: 396,
  householdsReached: 275,
};

let sequence = 0;
/**
 * The valid activity with `overrides`; every call gets a title of its own, to find its
 * row, and an idempotency key of its own (one logical request per call).
 */
function inputFor<O extends Record<string, unknown>>(overrides: O = {} as O): Omit<typeof VALID & { idempotencyKey: string }, keyof O> & O {
  sequence += 1;
  return { ...VALID, title: `${VALID.title} (đợt ${sequence})`, idempotencyKey: `activity-${sequence}`, ...overrides };
}

/** Rows of the three tables a mutation writes. */
async function counts() {
  const [row] = await db().query(`
    SELECT (SELECT count(*) FROM mobilization_activity)::int AS activities,
           (SELECT count(*) FROM audit_entry)::int AS audits,
           (SELECT count(*) FROM idempotency_key)::int AS keys`);
  return row as { activities: number; audits: number; keys: number };
}

const rowsTitled = async (title: string) => (await db().query(`SELECT id FROM mobilization_activity WHERE title = $1`, [title])).length;

const auditRows = (recordId: string) =>
  db().query(`SELECT * FROM audit_entry WHERE record_id = $1`, [recordId]) as Promise<Record<string, any>[]>;

describe('recordMobilizationActivity', () => {
  it('records an activity for a case under a program: the answer, the row and one audit row', async () => {
    const input = inputFor({
      title: '  Giúp các hộ dân nhường đất cao tốc Bắc – Nam xã Bắc Bình di dời, dựng lại nhà ở  ',
      kind: 'HOUSING',
      startedOn: '2025-09-08',
      endedOn: '2025-10-03',
      personnel: 48,
      manDays: 1152,
      householdsReached: 19,
      description: 'Ban Chỉ huy Quân sự xã cùng dân quân tháo dỡ, vận chuyển vật liệu và dựng lại nhà cho các hộ bàn giao mặt bằng.',
      caseId: STORIES.cases.expresswayBacBinh.toUpperCase(),
      coordinationProgramId: STORIES.programs.binhThuanExpressway,
    });
    const before = await counts();
    const { data, errors } = await record(input, tokenOf(OWNER, ['editor'], 'ArmedUnit', 'chi-huy-truong-bac-binh'));
    expect(errors).toBeUndefined();
    const activity = data!.recordMobilizationActivity;
    expect(activity).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: 'Giúp các hộ dân nhường đất cao tốc Bắc – Nam xã Bắc Bình di dời, dựng lại nhà ở',
      kind: 'HOUSING',
      conductedBy: { id: OWNER, name: 'Ban Chỉ huy Quân sự xã Bắc Bình', parent: { id: REGIONAL } },
      unit: { code: '23005' },
      startedOn: '2025-09-08',
      endedOn: '2025-10-03',
      personnel: 48,
      manDays: 1152,
      householdsReached: 19,
      description: input.description,
      // Kept in the lower case its owner issues.
      case: { id: STORIES.cases.expresswayBacBinh },
      coordinationProgram: { id: STORIES.programs.binhThuanExpressway },
    });
    expect(await counts()).toEqual({ activities: before.activities + 1, audits: before.audits + 1, keys: before.keys + 1 });

    const [row] = await db().query(`SELECT * FROM mobilization_activity WHERE id = $1`, [activity.id]);
    expect(row).toMatchObject({
      title: activity.title,
      kind: 'HOUSING',
      conducted_by_id: OWNER,
      unit_code: '23005',
      // Placed in the unit as it stood on the day it started: Xã Bắc Bình, directly under Lâm Đồng.
      unit_path: '/VN/68/23005/',
      personnel: 48,
      man_days: 1152,
      households_reached: 19,
      case_id: STORIES.cases.expresswayBacBinh,
      coordination_program_id: STORIES.programs.binhThuanExpressway,
      classification: 'PUBLIC',
      version: 1,
    });

    const audits = await auditRows(activity.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actor_subject: 'chi-huy-truong-bac-binh',
      actor_organization_type: 'ArmedUnit',
      actor_organization_id: OWNER,
      owner_organization_type: 'ArmedUnit',
      owner_organization_id: OWNER,
      operation: 'recordMobilizationActivity',
      record_type: 'MobilizationActivity',
      record_id: activity.id,
      before: null,
      idempotency_key: input.idempotencyKey,
    });
    expect(audits[0].after).toEqual({
      id: activity.id,
      title: activity.title,
      kind: 'HOUSING',
      conductedById: OWNER,
      unitCode: '23005',
      startedOn: '2025-09-08',
      endedOn: '2025-10-03',
      personnel: 48,
      manDays: 1152,
      householdsReached: 19,
      description: input.description,
      caseId: STORIES.cases.expresswayBacBinh,
      coordinationProgramId: STORIES.programs.binhThuanExpressway,
      classification: 'PUBLIC',
      version: 1,
    });
  });

  it('records a minimal activity still under way, and reads it back by id and in its lists', async () => {
    const input = inputFor({ kind: 'OTHER', endedOn: null, personnel: 0, manDays: 0, householdsReached: 0 });
    const { data, errors } = await record(input, tokenOf(OWNER));
    expect(errors).toBeUndefined();
    const { id } = data!.recordMobilizationActivity;
    expect(data!.recordMobilizationActivity).toMatchObject({ endedOn: null, description: null, case: null, coordinationProgram: null });

    const { data: read } = await services.querySubgraph(
      'armed-forces',
      `#graphql
      query ($id: ID!) {
        mobilizationActivity(id: $id) { id title }
        armedUnit(id: "MC-23005-2025") { activities { id } }
        _entities(representations: [{ __typename: "AdministrativeUnit", code: "68" }]) {
          ... on AdministrativeUnit { mobilizationActivities(includeDescendants: true, kind: OTHER) { id } }
        }
      }`,
      { id },
      await tokenOf('VFF-23005-2025', ['reader'], 'FrontOrganization'),
    );
    expect(read!.mobilizationActivity).toEqual({ id, title: input.title });
    expect(read!.armedUnit.activities.map((a: { id: string }) => a.id)).toContain(id);
    expect(read!._entities[0].mobilizationActivities.map((a: { id: string }) => a.id)).toContain(id);
  });

  it('accepts a title of 300 characters and a description of 20,000', async () => {
    const title = `${'Tuyên truyền pháp luật cho đồng bào '.repeat(9)}`.padEnd(300, 'x').slice(0, 300);
    const { data, errors } = await record(inputFor({ title, description: 'đ'.repeat(20_000) }), tokenOf(OWNER));
    expect(errors).toBeUndefined();
    expect(data!.recordMobilizationActivity.title).toHaveLength(300);
    expect(data!.recordMobilizationActivity.description).toHaveLength(20_000);
  });

  describe('who may record it (design section 6: the conducting unit or a unit above it)', () => {
    it.each([
      ['an admin of the unit itself', OWNER, ['admin'], {}],
      ['the regional defense command, for a commune command of its area', REGIONAL, ['editor'], {}],
      ['the provincial command, above the regional defense command', PROVINCE, ['editor'], {}],
      ['the military region, above the province', 'MR-7', ['editor'], {}],
      ['the regional defense command, for itself in a commune of its province', REGIONAL, ['editor'], { conductedById: REGIONAL }],
      ['the Ministry of Public Security, for a commune police', 'POL-VN', ['editor'], { conductedById: 'POL-23005-2025' }],
      [
        'the border guard, which has no superior here, for itself',
        'BG-68-2025',
        ['editor'],
        { conductedById: 'BG-68-2025', unitCode: PHU_QUY },
      ],
      ['a central unit, anywhere in the country', 'GDP-VN', ['editor'], { conductedById: 'GDP-VN', unitCode: '23887' }],
    ] as const)('allows %s', async (_who, org, roles, overrides) => {
      const input = inputFor(overrides);
      const { data, errors } = await record(input, tokenOf(org, [...roles]));
      expect(errors).toBeUndefined();
      const { id, conductedBy } = data!.recordMobilizationActivity;
      expect(conductedBy.id).toBe(input.conductedById);
      const [audit] = await auditRows(id);
      // The acting organization is the actor; the conducting unit owns the record (and reads its audit log).
      expect(audit).toMatchObject({ actor_organization_id: org, owner_organization_id: input.conductedById });
    });

    it.each([
      ['a reader of the unit itself', OWNER, ['reader'], 'ArmedUnit', {}, /the role editor is required/],
      [
        'an editor of the Front',
        'VFF-23005-2025',
        ['editor'],
        'FrontOrganization',
        {},
        /FrontOrganization VFF-23005-2025 may not act for it/,
      ],
      ['an editor of the party committee above', 'PC-68-2025', ['editor'], 'PartyCommittee', {}, /PartyCommittee PC-68-2025 may not/],
      [
        'an editor of a sibling commune',
        `MC-${SIBLING}-2025`,
        ['editor'],
        'ArmedUnit',
        {},
        new RegExp(`ArmedUnit MC-${SIBLING}-2025 may not act for it`),
      ],
      [
        'an editor of a subordinate commune, for its regional defense command',
        OWNER,
        ['editor'],
        'ArmedUnit',
        { conductedById: REGIONAL },
        new RegExp(`ArmedUnit ${REGIONAL}, and an editor of ArmedUnit ${OWNER} may not`),
      ],
      [
        'an editor of the commune acting as its province',
        OWNER,
        ['editor'],
        'ArmedUnit',
        { conductedById: PROVINCE },
        /ArmedUnit MC-68-2025, and an editor of ArmedUnit MC-23005-2025 may not/,
      ],
      ['an editor of the commune police', 'POL-23005-2025', ['editor'], 'ArmedUnit', {}, /POL-23005-2025 may not/],
      ['an editor of the provincial police (another chain)', 'POL-68-2025', ['editor'], 'ArmedUnit', {}, /POL-68-2025 may not/],
      [
        'the provincial command, for the border guard (not its chain)',
        PROVINCE,
        ['editor'],
        'ArmedUnit',
        { conductedById: 'BG-68-2025', unitCode: '68' },
        /BG-68-2025/,
      ],
      // Ended on 2025-06-30: they write nothing, whatever they ask.
      [
        'an editor of the district command the regional defense command carries on',
        'MC-596',
        ['editor'],
        'ArmedUnit',
        {},
        /not in force today \(MC-596 ended on 2025-06-30/,
      ],
      [
        'an editor of a commune command the owner carries on, for itself',
        'MC-23035',
        ['editor'],
        'ArmedUnit',
        { conductedById: 'MC-23035', unitCode: '23035', startedOn: '2025-04-07', endedOn: '2025-04-18' },
        /not in force today \(MC-23035 ended on 2025-06-30/,
      ],
      ["an admin of Bình Thuận's command", 'MC-60', ['admin'], 'ArmedUnit', {}, /not in force today \(MC-60 ended on 2025-06-30/],
    ] as const)('refuses %s, writing nothing', async (_who, org, roles, type, overrides, message) => {
      const before = await counts();
      const { data, errors } = await record(
        inputFor({ idempotencyKey: `forbidden-${org}-${sequence}`, ...overrides }),
        tokenOf(org, [...roles], type),
      );
      expect(data).toBeNull();
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(errors?.[0].message).toMatch(message);
      expect(await counts()).toEqual(before);
    });
  });

  describe('bad input', () => {
    const tomorrow = vietnamDate(new Date(Date.now() + 24 * 60 * 60 * 1000));

    it.each([
      ['an empty title', { title: '' }, 'BAD_USER_INPUT', 'input.title'],
      ['a blank title', { title: '   ' }, 'BAD_USER_INPUT', 'input.title'],
      ['a title of 301 characters', { title: 'a'.repeat(301) }, 'BAD_USER_INPUT', 'input.title'],
      ['an unknown armed unit', { conductedById: 'MC-99999' }, 'NOT_FOUND', 'input.conductedById'],
      ['an unknown unit code', { unitCode: '99999' }, 'BAD_USER_INPUT', 'input.unitCode'],
      ['a unit outside the armed unit’s commune', { unitCode: SIBLING }, 'BAD_USER_INPUT', 'input.unitCode'],
      ['the province above the armed unit’s commune', { unitCode: '68' }, 'BAD_USER_INPUT', 'input.unitCode'],
      ['a unit that ended on 2025-06-30 (Phan Hòa, carried on by Xã Bắc Bình)', { unitCode: '23035' }, 'BAD_USER_INPUT', 'input.unitCode'],
      ['a start in the future', { startedOn: tomorrow, endedOn: null }, 'BAD_USER_INPUT', 'input.startedOn'],
      ['an end before the start', { startedOn: '2026-03-16', endedOn: '2026-03-15' }, 'BAD_USER_INPUT', 'input.endedOn'],
      ['a date that is not in the calendar', { startedOn: '2026-02-30' }, 'BAD_USER_INPUT', 'input.startedOn'],
      ['negative personnel', { personnel: -1 }, 'BAD_USER_INPUT', 'input.personnel'],
      ['negative man-days', { manDays: -40 }, 'BAD_USER_INPUT', 'input.manDays'],
      ['negative households', { householdsReached: -3 }, 'BAD_USER_INPUT', 'input.householdsReached'],
      ['a fractional count', { manDays: 12.5 }, 'BAD_USER_INPUT', 'input.manDays'],
      ['a description of 20,001 characters', { description: 'đ'.repeat(20_001) }, 'BAD_USER_INPUT', 'input.description'],
      ['a case id that is not a UUID', { caseId: 'case-phan-hoa' }, 'BAD_USER_INPUT', 'input.caseId'],
      ['a program id that is not a UUID', { coordinationProgramId: '42' }, 'BAD_USER_INPUT', 'input.coordinationProgramId'],
      ['an empty idempotency key', { idempotencyKey: '' }, 'BAD_USER_INPUT', 'input.idempotencyKey'],
      ['an idempotency key of 201 characters', { idempotencyKey: 'k'.repeat(201) }, 'BAD_USER_INPUT', 'input.idempotencyKey'],
    ])('refuses %s, naming the field and writing nothing', async (_what, overrides, code, field) => {
      const before = await counts();
      // With a key, a claim left behind by a refused request would show in the counts.
      const { data, errors } = await record(inputFor({ idempotencyKey: `bad-${sequence}`, ...overrides }), tokenOf(OWNER));
      expect(data ?? null).toBeNull();
      expect(errors?.[0].extensions?.code).toBe(code);
      expect(errors?.[0].message).toContain(field);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['a case that does not exist', { caseId: '6f1c2a0e-1d5b-4c3a-9e8f-0a1b2c3d4e5f' }, 'input.caseId'],
      [
        'a RESTRICTED case the caller may not see (Gia Lai’s, for Xã Bắc Bình)',
        { caseId: STORIES.cases.restrictedChuProng },
        'input.caseId',
      ],
      ['a program that does not exist', { coordinationProgramId: '6f1c2a0e-1d5b-4c3a-9e8f-0a1b2c3d4e5f' }, 'input.coordinationProgramId'],
    ])('refuses %s, asked of its owner, with NOT_FOUND, writing nothing', async (_what, overrides, field) => {
      const before = await counts();
      const { data, errors } = await record(inputFor({ idempotencyKey: `unknown-${sequence}`, ...overrides }), tokenOf(OWNER));
      expect(data ?? null).toBeNull();
      expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field });
      expect(await counts()).toEqual(before);
    });

    it('tells a caller who may not write that, and nothing about the input', async () => {
      // The sibling commune's editor sends an input with every mistake: it hears FORBIDDEN only.
      const bad = inputFor({ title: '', personnel: -1, caseId: '6f1c2a0e-1d5b-4c3a-9e8f-0a1b2c3d4e5f', unitCode: '99999' });
      const { errors } = await record(bad, tokenOf(`MC-${SIBLING}-2025`));
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(errors?.[0].message).not.toMatch(/title|personnel|caseId|unitCode/);
    });

    it('names the value and what was expected', async () => {
      const { errors } = await record(inputFor({ unitCode: SIBLING }), tokenOf(OWNER));
      expect(errors?.[0].message).toBe(
        `input.unitCode: "${SIBLING}" is not valid: the unit where MC-23005-2025 is stationed (23005) or a unit below it`,
      );
      expect(errors?.[0].extensions?.field).toBe('input.unitCode');
    });
  });

  describe('idempotency', () => {
    it('answers a retry with the first result: one row, one audit row, one claim', async () => {
      const input = inputFor({ idempotencyKey: 'bac-binh-2026-03-retry' });
      const before = await counts();
      const first = await record(input, tokenOf(OWNER));
      // The retry omits what the first sent as null: the same request.
      const second = await record({ ...input, description: null }, tokenOf(OWNER));
      expect(first.errors).toBeUndefined();
      expect(second.errors).toBeUndefined();
      expect(second.data).toEqual(first.data);
      expect(await rowsTitled(input.title)).toBe(1);
      expect(await counts()).toEqual({ activities: before.activities + 1, audits: before.audits + 1, keys: before.keys + 1 });
      const [claim] = await db().query(`SELECT * FROM idempotency_key WHERE key = $1`, [input.idempotencyKey]);
      expect(claim).toMatchObject({
        organization_type: 'ArmedUnit',
        organization_id: OWNER,
        operation: 'recordMobilizationActivity',
        record_id: first.data!.recordMobilizationActivity.id,
      });
      const [audit] = await auditRows(first.data!.recordMobilizationActivity.id);
      expect(audit.idempotency_key).toBe(input.idempotencyKey);
    });

    it('refuses the same key with other input as a CONFLICT, writing nothing', async () => {
      const input = inputFor({ idempotencyKey: 'bac-binh-2026-03-conflict' });
      expect((await record(input, tokenOf(OWNER))).errors).toBeUndefined();
      const before = await counts();
      const { data, errors } = await record({ ...input, manDays: input.manDays + 1 }, tokenOf(OWNER));
      expect(data).toBeNull();
      expect(errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(errors?.[0].message).toMatch(
        /^input\.idempotencyKey: "bac-binh-2026-03-conflict" was already used by ArmedUnit MC-23005-2025/,
      );
      expect(await counts()).toEqual(before);
    });

    it('keeps each organization’s keys apart', async () => {
      const input = inputFor({ idempotencyKey: 'shared-key' });
      const own = await record(input, tokenOf(OWNER));
      const province = await record(input, tokenOf(PROVINCE));
      expect(own.errors).toBeUndefined();
      expect(province.errors).toBeUndefined();
      expect(province.data!.recordMobilizationActivity.id).not.toBe(own.data!.recordMobilizationActivity.id);
      expect(await rowsTitled(input.title)).toBe(2);
    });

    it('gives concurrent requests with one key one effect', async () => {
      const input = inputFor({ idempotencyKey: 'bac-binh-2026-03-concurrent' });
      const before = await counts();
      const token = await tokenOf(OWNER);
      const answers = await Promise.all(Array.from({ length: 5 }, () => record(input, token)));
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      expect(new Set(answers.map((a) => a.data!.recordMobilizationActivity.id)).size).toBe(1);
      expect(await rowsTitled(input.title)).toBe(1);
      expect(await counts()).toEqual({ activities: before.activities + 1, audits: before.audits + 1, keys: before.keys + 1 });
    });
  });

  it('leaves nothing when the audit insert fails after the activity insert', async () => {
    // The audit row is the transaction's last write but one (the claim's record id follows):
    // failing it proves the activity and the idempotency claim roll back with it.
    await db().query(`
      CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Raises only once the activity is in: the failure comes after a write that succeeded.
        IF NEW.actor_subject = 'midway-failure' AND EXISTS (SELECT 1 FROM mobilization_activity WHERE id = NEW.record_id) THEN
          RAISE EXCEPTION 'audit refused for the test after activity %', NEW.record_id;
        END IF;
        RETURN NEW;
      END $$`);
    await db().query(`CREATE TRIGGER fail_audit BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION fail_audit()`);
    try {
      const input = inputFor({ idempotencyKey: 'midway-failure' });
      const before = await counts();
      const { data, errors } = await record(input, tokenOf(OWNER, ['editor'], 'ArmedUnit', 'midway-failure'));
      expect(data).toBeNull();
      expect(errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      // The database's message stays in the log: the caller learns only that it failed.
      expect(errors?.[0].message).toBe('Internal error: the request could not be completed.');
      expect(JSON.stringify(errors)).not.toMatch(/audit refused/);
      expect(await counts()).toEqual(before);
      expect(await rowsTitled(input.title)).toBe(0);
      expect(await db().query(`SELECT 1 FROM idempotency_key WHERE key = 'midway-failure'`)).toHaveLength(0);
      // The same request succeeds once the fault is gone: the key was never left claimed.
      await db().query(`DROP TRIGGER fail_audit ON audit_entry`);
      const retry = await record(input, tokenOf(OWNER, ['editor'], 'ArmedUnit', 'midway-failure'));
      expect(retry.errors).toBeUndefined();
      expect(await rowsTitled(input.title)).toBe(1);
    } finally {
      await db().query(`DROP TRIGGER IF EXISTS fail_audit ON audit_entry`);
      await db().query(`DROP FUNCTION fail_audit()`);
    }
  });
});

describe('an owner that cannot be asked', () => {
  it('refuses an activity naming a case while the state subgraph is down, with SERVICE_UNAVAILABLE, writing nothing', async () => {
    // A subgraph of its own whose peers point nowhere: the state and party subgraphs are "down".
    const lonely = await startSubgraphServer(subgraphDefinition('armed-forces'), db(), 0, () => ({ state: 'http://localhost:9/graphql' }));
    try {
      const before = await counts();
      const response = await postGraphQL(
        lonely.url,
        RECORD,
        { input: inputFor({ caseId: STORIES.cases.waterPhanHoa }) },
        await tokenOf(OWNER),
      );
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', field: 'input.caseId', serviceName: 'state' });
      expect(response.errors?.[0].message).toMatch(/nothing was written/);
      expect(await counts()).toEqual(before);
    } finally {
      await lonely.stop();
    }
  });
});

describe('RESTRICTED activities', () => {
  const EVERY_WAY = /* GraphQL */ `
    query ($id: ID!, $reps: [_Any!]!) {
      mobilizationActivity(id: $id) {
        id
        classification
      }
      mobilizationActivities(filter: { unitCode: "23005" }, first: 200) {
        totalCount
        nodes {
          id
        }
      }
      armedUnit(id: "MC-23005-2025") {
        activities {
          id
        }
      }
      _entities(representations: $reps) {
        ... on MobilizationActivity {
          id
        }
        ... on AdministrativeUnit {
          mobilizationActivities(includeDescendants: true) {
            id
          }
        }
      }
    }
  `;
  let restrictedId: string;

  beforeAll(async () => {
    const { data, errors } = await services.querySubgraph(
      'armed-forces',
      `mutation ($input: RecordMobilizationActivityInput!) { recordMobilizationActivity(input: $input) { id classification } }`,
      { input: inputFor({ classification: 'RESTRICTED', kind: 'PROPAGANDA' }) },
      await tokenOf(OWNER),
    );
    expect(errors).toBeUndefined();
    expect(data!.recordMobilizationActivity.classification).toBe('RESTRICTED');
    restrictedId = data!.recordMobilizationActivity.id;
  });

  async function seenBy(type: OrgType, id: string): Promise<string[]> {
    const { data, errors } = await services.querySubgraph(
      'armed-forces',
      EVERY_WAY,
      {
        id: restrictedId,
        reps: [
          { __typename: 'MobilizationActivity', id: restrictedId },
          // The province, as it stands today, and every unit below it.
          { __typename: 'AdministrativeUnit', code: '68' },
        ],
      },
      await tokenOf(id, ['reader'], type),
    );
    expect(errors).toBeUndefined();
    const paths = [
      data!.mobilizationActivity ? 'byId' : null,
      data!.mobilizationActivities.nodes.some((a: { id: string }) => a.id === restrictedId) ? 'list' : null,
      data!.armedUnit.activities.some((a: { id: string }) => a.id === restrictedId) ? 'unitActivities' : null,
      data!._entities[0] ? 'entity' : null,
      data!._entities[1].mobilizationActivities.some((a: { id: string }) => a.id === restrictedId) ? 'inUnit' : null,
    ];
    return paths.filter((p): p is string => p !== null);
  }

  const EVERY_PATH = ['byId', 'list', 'unitActivities', 'entity', 'inUnit'];

  it.each([
    ['the unit that conducted it', 'ArmedUnit', OWNER],
    ['the regional defense command above it', 'ArmedUnit', REGIONAL],
    ['the provincial command above that', 'ArmedUnit', PROVINCE],
    ['the military region above that', 'ArmedUnit', 'MR-7'],
    ['the party committee of its commune', 'PartyCommittee', 'PC-23005-2025'],
    ['the commission of its province', 'MassMobilizationCommission', 'MMC-68-2025'],
  ] as [string, OrgType, string][])('are seen by %s on every path', async (_who, type, id) => {
    expect(await seenBy(type, id)).toEqual(EVERY_PATH);
  });

  it.each([
    ['the commune police (another chain)', 'ArmedUnit', 'POL-23005-2025'],
    ['a sibling commune’s command', 'ArmedUnit', `MC-${SIBLING}-2025`],
    ['the People’s Committee of the commune', 'StateAgency', 'PCOM-23005-2025'],
    ['the party committee of another commune', 'PartyCommittee', `PC-${SIBLING}-2025`],
    ['an armed unit that does not exist', 'ArmedUnit', 'MC-FAKE'],
    // Not in force today: they read nothing RESTRICTED.
    ['the commune command it carries on, ended on 2025-06-30', 'ArmedUnit', 'MC-23035'],
    ['the district’s commission, ended on 2025-06-30', 'MassMobilizationCommission', 'MMC-596'],
  ] as [string, OrgType, string][])('are hidden from %s on every path, without an error', async (_who, type, id) => {
    expect(await seenBy(type, id)).toEqual([]);
  });
});
