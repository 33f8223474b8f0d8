import { generateKeyPair, SignJWT } from 'jose';
import { createServer } from 'node:net';
import { startGateway } from '../../gateway/server';
import { RunningServer, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../lib';
import { postGraphQL, Services, tokenFor } from '../support/services';

/**
 * Design sections 6 and 7 through the gateway, in front of real subgraphs on
 * databases of this file's own (it writes). Writes are made as organizations in
 * force today, in Xã Bắc Bình (23005, Lâm Đồng, formed on 2025-07-01 from Chợ Lầu,
 * Phan Hòa and their neighbours), on days since then: an organization that ended on
 * 2025-06-30 writes nothing (design section 10).
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start(undefined, { databaseSuffix: 'security' });
});

afterAll(async () => {
  await services?.stop();
});

const count = async (name: 'party' | 'state' | 'front' | 'armed-forces', table: string) => {
  const [{ n }] = await services.subgraphs[name]!.db.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n as number;
};

const UNIT_NAME = '{ administrativeUnit(code: "60") { name } }';

describe('authentication at the gateway', () => {
  it.each([
    ['no token', null],
    ['a malformed token', 'not-a-jwt'],
    ['a token of three parts that is not a JWT', 'abc.def.ghi'],
  ])('refuses %s with UNAUTHENTICATED', async (_, token) => {
    const response = await fetch(services.gateway!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: UNIT_NAME }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[]; data?: unknown };
    expect(response.status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  it('refuses a token signed by another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ org: { type: 'PartyCommittee', id: 'PC-VN', unit: 'VN' }, roles: ['admin'] })
      .setProtectedHeader({ alg: 'ES256', kid: 'development' })
      .setSubject('intruder')
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setExpirationTime('1h')
      .sign(privateKey);
    const { status, errors } = await services.queryGateway(UNIT_NAME, {}, forged);
    expect(status).toBe(401);
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const { status, errors } = await services.queryGateway(UNIT_NAME, {}, await tokenFor({}, '-5m'));
    expect(status).toBe(401);
    expect(errors?.[0].message).toMatch(/expired/);
  });

  it('refuses direct calls to a subgraph without a token, _entities included', async () => {
    const { status, errors } = await services.querySubgraph(
      'armed-forces',
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on ArmedUnit { name } } }',
      { r: [{ __typename: 'ArmedUnit', id: 'MC-60' }] },
      null,
    );
    expect(status).toBe(401);
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('authorization of writes', () => {
  const RECORD_ACTIVITY = /* GraphQL */ `
    mutation ($input: RecordMobilizationActivityInput!) {
      recordMobilizationActivity(input: $input) {
        id
        title
        conductedBy {
          id
        }
      }
    }
  `;
  const activity = {
    title: 'Giúp dân thu hoạch lúa chạy lũ',
    kind: 'DISASTER_RELIEF',
    conductedById: 'MC-23005-2025',
    unitCode: '23005',
    startedOn: '2026-03-02',
    personnel: 30,
    manDays: 60,
    householdsReached: 45,
  };

  it('forbids a Front editor to record an armed-forces activity, and writes nothing', async () => {
    const before = await count('armed-forces', 'mobilization_activity');
    const { errors, data } = await services.queryGateway(
      RECORD_ACTIVITY,
      { input: { ...activity, idempotencyKey: 'security-test-front-editor' } },
      await tokenFor({ org: { type: 'FrontOrganization', id: 'VFF-23005-2025' }, roles: ['editor'] }),
    );
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count('armed-forces', 'mobilization_activity')).toBe(before);
    expect(await count('armed-forces', 'audit_entry')).toBe(0);
  });

  it('forbids a reader of the owning unit to write', async () => {
    const before = await count('armed-forces', 'mobilization_activity');
    const { errors } = await services.queryGateway(
      RECORD_ACTIVITY,
      { input: { ...activity, idempotencyKey: 'security-test-reader' } },
      await tokenFor({ org: { type: 'ArmedUnit', id: 'MC-23005-2025' }, roles: ['reader'] }),
    );
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count('armed-forces', 'mobilization_activity')).toBe(before);
  });

  it('forbids an editor of an organization that ended to write, naming its end, and writes nothing', async () => {
    // Bắc Bình district's military command ended on 2025-06-30 with its district.
    const before = await count('armed-forces', 'mobilization_activity');
    const { errors, data } = await services.queryGateway(
      RECORD_ACTIVITY,
      { input: { ...activity, idempotencyKey: 'security-test-ended-editor' } },
      await tokenFor({ org: { type: 'ArmedUnit', id: 'MC-596' }, roles: ['editor'] }),
    );
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(errors?.[0].message).toMatch(/the token's organization is not in force today \(MC-596 ended on 2025-06-30/);
    expect(await count('armed-forces', 'mobilization_activity')).toBe(before);
  });

  it('forbids a commune committee to submit a report as its province, and writes nothing', async () => {
    const before = await count('party', 'report');
    // The seed's own audited writes (the demo's reporting guidance) are there already.
    const audited = await count('party', 'audit_entry');
    const { errors } = await services.queryGateway(
      /* GraphQL */ `
        mutation ($input: SubmitReportInput!) {
          submitReport(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          submitter: { type: 'PARTY_COMMITTEE', id: 'PC-68-2025' },
          period: { year: 2026, frequency: 'QUARTERLY', index: 3 },
          kind: 'PERIODIC',
          title: 'Báo cáo công tác dân vận quý III năm 2026',
          summary: 'Tình hình nhân dân và kết quả công tác dân vận trong quý.',
          idempotencyKey: 'security-test-report-as-province',
        },
      },
      await tokenFor({ org: { type: 'PartyCommittee', id: 'PC-23005-2025' }, roles: ['editor'] }),
    );
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count('party', 'report')).toBe(before);
    expect(await count('party', 'audit_entry')).toBe(audited);
  });

  it('lets the owning unit record it, once per idempotency key, with one audit row', async () => {
    const token = await tokenFor({ org: { type: 'ArmedUnit', id: 'MC-23005-2025' }, roles: ['editor'] });
    const before = await count('armed-forces', 'mobilization_activity');
    const input = { ...activity, idempotencyKey: 'security-test-activity-1' };
    const [first, second] = await Promise.all([
      services.queryGateway(RECORD_ACTIVITY, { input }, token),
      services.queryGateway(RECORD_ACTIVITY, { input }, token),
    ]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data!.recordMobilizationActivity.id).toBe(first.data!.recordMobilizationActivity.id);
    expect(await count('armed-forces', 'mobilization_activity')).toBe(before + 1);
    const audit = await services.subgraphs['armed-forces']!.db.query(
      `SELECT actor_organization_id, owner_organization_id, operation FROM audit_entry WHERE record_id = $1`,
      [first.data!.recordMobilizationActivity.id],
    );
    expect(audit).toEqual([
      { actor_organization_id: 'MC-23005-2025', owner_organization_id: 'MC-23005-2025', operation: 'recordMobilizationActivity' },
    ]);

    const reused = await services.queryGateway(RECORD_ACTIVITY, { input: { ...input, personnel: 31 } }, token);
    expect(reused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await count('armed-forces', 'mobilization_activity')).toBe(before + 1);
  });
});

describe('concurrent updates', () => {
  it('lets exactly one of two changes made at the same version win; the other gets CONFLICT', async () => {
    const token = await tokenFor({ org: { type: 'StateAgency', id: 'PCOM-23005-2025' }, roles: ['editor'] });
    const opened = await services.queryGateway(
      /* GraphQL */ `
        mutation ($input: OpenCaseInput!) {
          openCase(input: $input) {
            id
            version
          }
        }
      `,
      {
        input: {
          reference: '68-2026-901',
          title: 'Thiếu nước sinh hoạt tại thôn Tân Hòa',
          category: 'WATER_SUPPLY',
          unitCode: '23005',
          responsibleAgencyId: 'PCOM-23005-2025',
          householdsAffected: 120,
          openedOn: '2026-03-03',
          idempotencyKey: 'security-test-open-case',
        },
      },
      token,
    );
    expect(opened.errors).toBeUndefined();
    const { id, version } = opened.data!.openCase;
    // Two editors' changes: two logical requests, each with its own key.
    const change = (status: string, key: string) =>
      services.queryGateway(
        /* GraphQL */ `
          mutation ($input: ChangeCaseStatusInput!) {
            changeCaseStatus(input: $input) {
              status
              version
            }
          }
        `,
        { input: { caseId: id, status, version, idempotencyKey: key } },
        token,
      );
    const results = await Promise.all([change('IN_PROGRESS', 'security-test-change-a'), change('IN_PROGRESS', 'security-test-change-b')]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(won[0].data!.changeCaseStatus).toEqual({ status: 'IN_PROGRESS', version: version + 1 });
    expect(lost).toHaveLength(1);
    expect(lost[0].errors![0].extensions?.code).toBe('CONFLICT');
    const [row] = await services.subgraphs.state!.db.query('SELECT version FROM citizen_case WHERE id = $1', [id]);
    expect(row.version).toBe(version + 1);
  });
});

describe('RESTRICTED records through the gateway', () => {
  const RESTRICTED_CASE = '{ caseByReference(reference: "64-2024-005") { reference supervisions { title } } }';

  // 64-2024-005 lies in Chư Prông (632), of the old Gia Lai (64); the new Gia Lai (52) carried it on on 2025-07-01.
  it('are hidden from another family and from another province, and shown to the committees above', async () => {
    const hidden = await services.queryGateway(
      RESTRICTED_CASE,
      {},
      await tokenFor({ org: { type: 'FrontOrganization', id: 'VFF-52-2025' } }),
    );
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.caseByReference).toBeNull();
    const otherProvince = await services.queryGateway(
      RESTRICTED_CASE,
      {},
      await tokenFor({ org: { type: 'PartyCommittee', id: 'PC-68-2025' } }),
    );
    expect(otherProvince.data!.caseByReference).toBeNull();
    // The old Gia Lai's committee ended on 2025-06-30 and reads nothing RESTRICTED; its successor stands over its records.
    const ended = await services.queryGateway(RESTRICTED_CASE, {}, await tokenFor({ org: { type: 'PartyCommittee', id: 'PC-64' } }));
    expect(ended.errors).toBeUndefined();
    expect(ended.data!.caseByReference).toBeNull();
    const province = await services.queryGateway(
      RESTRICTED_CASE,
      {},
      await tokenFor({ org: { type: 'PartyCommittee', id: 'PC-52-2025' } }),
    );
    expect(province.errors).toBeUndefined();
    expect(province.data!.caseByReference.reference).toBe('64-2024-005');
    // Nested: the Front's RESTRICTED supervision of the case is shown to the province's committee too.
    expect(province.data!.caseByReference.supervisions.length).toBeGreaterThan(0);
  });
});

describe('a hardened gateway', () => {
  it('refuses a body over the size limit with a JSON error', async () => {
    const response = await fetch(services.gateway!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor()}` },
      body: JSON.stringify({ query: UNIT_NAME, variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/larger than the limit/);
  });

  it('refuses a query deeper than the limit', async () => {
    let selection = 'code';
    for (let i = 0; i < 14; i += 1) selection = `parent { ${selection} }`;
    const { errors, data } = await services.queryGateway(`{ administrativeUnit(code: "23035") { ${selection} } }`);
    expect(data).toBeUndefined();
    expect(errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `u${i}: administrativeUnit(code: "60") { name }`).join(' ');
    const { errors, data } = await services.queryGateway(`{ ${aliases} }`);
    expect(data).toBeUndefined();
    expect(errors?.[0].message).toMatch(/alias/i);
  });

  it('hides field suggestions', async () => {
    const { errors } = await services.queryGateway('{ administrativeUnit(code: "60") { nam } }');
    expect(errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0].message).not.toMatch(/did you mean/i);
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(`${services.gateway!.url}?query=${encodeURIComponent(UNIT_NAME)}`, {
      headers: { authorization: `Bearer ${await tokenFor()}` },
    });
    expect(response.status).toBe(400);
  });

  describe('in production', () => {
    let production: RunningServer;
    beforeAll(async () => {
      production = await startGateway({
        port: 0,
        subgraphUrls: Object.fromEntries(Object.entries(services.subgraphs).map(([name, s]) => [name, s!.server.url])) as never,
        subgraphTimeoutMs: 5_000,
        production: true,
        corsOrigins: ['https://danvan.example.gov.vn'],
      });
    });
    afterAll(async () => {
      await production?.stop();
    });

    it('refuses introspection', async () => {
      const { errors } = await postGraphQL(production.url, '{ __schema { types { name } } }', {}, await tokenFor());
      expect(errors?.[0].message).toMatch(/introspection/i);
    });

    it('answers CORS only for allow-listed origins', async () => {
      const preflight = (origin: string) =>
        fetch(production.url, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
        });
      expect((await preflight('https://danvan.example.gov.vn')).headers.get('access-control-allow-origin')).toBe(
        'https://danvan.example.gov.vn',
      );
      expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});

describe('a subgraph that is stopped', () => {
  let gateway: RunningServer;
  beforeAll(async () => {
    // A port nobody listens on: connections are refused at once.
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    gateway = await startGateway({
      port: 0,
      subgraphUrls: {
        party: services.subgraphs.party!.server.url,
        state: services.subgraphs.state!.server.url,
        front: `http://localhost:${closed}/graphql`,
        'armed-forces': services.subgraphs['armed-forces']!.server.url,
      },
      subgraphTimeoutMs: 5_000,
    });
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('leaves out its part, names it, and says nothing of URLs or network errors', async () => {
    const { data, errors } = await postGraphQL(
      gateway.url,
      '{ caseByReference(reference: "60-2022-014") { reference responsibleAgency(asOf: "2024-10-20") { id } armedForcesSupport { id } supervisions { id } } }',
      {},
      await tokenFor(),
    );
    // Fields another family contributes are nullable: its outage nulls only them.
    expect(data!.caseByReference).toMatchObject({ reference: '60-2022-014', responsibleAgency: { id: 'PCOM-598' }, supervisions: null });
    expect(data!.caseByReference.armedForcesSupport.length).toBeGreaterThan(0);
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'front' });
    expect(errors![0].message).toMatch(/front subgraph did not answer/);
    expect(JSON.stringify(errors)).not.toMatch(/localhost|ECONNREFUSED|fetch failed|stack/i);
  });
});
