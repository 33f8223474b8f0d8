import { serverAudits } from 'graphql-http';
import { startGateway } from '../../gateway/server';
import { OPERATION_LIMITS, SUBGRAPH_NAMES, type RunningServer } from '../../lib';
import { Services, tokenFor } from '../support/services';

/**
 * GraphQL over HTTP as a frontend meets it (issue 7, items 1, 2, 4, 8, 19, 22): client
 * mistakes are 4xx with their code at the gateway and at every subgraph, in
 * development and production; the spec's server audits pass; the same operation
 * limits hold at a subgraph called directly; no framework banner; an offline
 * developer page.
 */
let services: Services;
let production: RunningServer;
let token: string;

beforeAll(async () => {
  services = await Services.start(undefined, { databaseSuffix: 'http' });
  production = await startGateway({
    port: 0,
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, services.subgraphs[n]!.server.url])) as never,
    subgraphTimeoutMs: 10_000,
    production: true,
  });
  token = await tokenFor();
});

afterAll(async () => {
  await production?.stop();
  await services?.stop();
});

interface RawResponse {
  status: number;
  contentType: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (await response.json()) as RawResponse['body'],
  };
}

const SERVERS = ['gateway', 'production gateway', 'state subgraph', 'armed-forces subgraph'] as const;
const servers = (): Record<(typeof SERVERS)[number], string> => ({
  gateway: services.gateway!.url,
  'production gateway': production.url,
  'state subgraph': services.subgraphs.state!.server.url,
  'armed-forces subgraph': services.subgraphs['armed-forces']!.server.url,
});

const tooManyTokens = `{ ${'__typename '.repeat(OPERATION_LIMITS.maxTokens)}}`;

const CLIENT_MISTAKES: [string, unknown, string][] = [
  ['a syntax error', { query: '{ administrativeUnit(code:"60" { name } }' }, 'GRAPHQL_PARSE_FAILED'],
  [`more than ${OPERATION_LIMITS.maxTokens} tokens`, { query: tooManyTokens }, 'GRAPHQL_PARSE_FAILED'],
  ['two operations and no operationName', { query: 'query A { __typename } query B { __typename }' }, 'OPERATION_RESOLUTION_FAILURE'],
  ['an unknown operationName', { query: 'query A { __typename }', operationName: 'C' }, 'OPERATION_RESOLUTION_FAILURE'],
  [
    'a persisted-query hash that does not match the query',
    { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
    'BAD_REQUEST',
  ],
  [
    'a persisted query the server does not know',
    { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
    'PERSISTED_QUERY_NOT_FOUND',
  ],
  ['an unknown field', { query: '{ nope }' }, 'GRAPHQL_VALIDATION_FAILED'],
  [
    'a variable of the wrong type',
    { query: 'query ($n: Boolean!) { __typename @include(if: $n) }', variables: { n: 'x' } },
    'BAD_USER_INPUT',
  ],
  ['a body that is not JSON', '{"query": ', 'BAD_REQUEST'],
];

describe('client mistakes', () => {
  it.each(SERVERS)('are 4xx with their code at the %s', async (server) => {
    const url = servers()[server];
    const seen = [];
    for (const [what, body] of CLIENT_MISTAKES) {
      const response = await post(url, body);
      seen.push({ what, status: response.status, code: response.body.errors?.[0]?.extensions?.code });
      expect(response.body.data).toBeUndefined();
    }
    expect(seen).toEqual(CLIENT_MISTAKES.map(([what, , code]) => ({ what, status: 400, code })));
  });

  it('are 4xx whatever the client accepts, unless it asks for application/json by name', async () => {
    const cases: [Record<string, string>, string][] = [
      [{}, 'application/json'],
      [{ accept: '*/*' }, 'application/json'],
      [{ accept: 'application/graphql-response+json' }, 'application/graphql-response+json'],
      [{ accept: 'application/graphql-response+json, application/json;q=0.9' }, 'application/graphql-response+json'],
    ];
    for (const [accept, mediaType] of cases) {
      const response = await post(services.gateway!.url, { query: '{ nope }' }, accept);
      expect([response.status, response.contentType]).toEqual([400, `${mediaType}; charset=utf-8`]);
    }
  });

  it('a date literal a subgraph’s scalar refuses is BAD_USER_INPUT naming the value, not a missing subgraph', async () => {
    for (const query of [
      '{ cases(filter: { openedFrom: "2024-13-01" }) { totalCount } }',
      'mutation { changeCaseStatus(input: { caseId: "x", status: RESOLVED, version: 1, resolvedOn: "2024-02-30", idempotencyKey: "k" }) { id } }',
    ]) {
      const response = await post(services.gateway!.url, { query });
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.body.errors![0].message).toMatch(/is not a calendar date YYYY-MM-DD/);
    }
  });

  it('are 200 for a legacy client that asks for application/json only, as the spec asks', async () => {
    const response = await post(services.gateway!.url, { query: '{ nope }' }, { accept: 'application/json' });
    expect([response.status, response.contentType]).toEqual([200, 'application/json; charset=utf-8']);
    expect(response.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('never hear "Did you mean", for fields or enum values, in any mode', async () => {
    for (const url of [services.gateway!.url, production.url]) {
      const field = await post(url, { query: '{ administrativeUnt(code: "60") { name } }' });
      const enumValue = await post(url, {
        query: 'query ($c: CaseCategory) { cases(filter: { category: $c }) { totalCount } }',
        variables: { c: 'WATER_SUPPLIES' },
      });
      const literal = await post(url, { query: '{ cases(filter: { category: WATER_SUPPLIES }) { totalCount } }' });
      for (const response of [field, enumValue, literal]) {
        expect(response.status).toBe(400);
        expect(response.body.errors?.[0].message).not.toMatch(/did you mean|suggestion|WATER_SUPPLY\b/i);
      }
    }
  });
});

describe('graphql-http server audits', () => {
  // GET is refused without a preflight-forcing header (CSRF prevention): the audits'
  // plain GETs get 400, which the spec allows (MAY), and the README explains.
  const GET_NOTICES = ['5A70', 'D6D5', '6A70'];

  it.each(['gateway', 'state subgraph'] as const)('pass at the %s, but for the GET notices CSRF prevention causes', async (server) => {
    const url = servers()[server];
    const fetchFn = (input: string | URL | Request, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    const results = await Promise.all(serverAudits({ url, fetchFn }).map(async (audit) => ({ ...(await audit.fn()), id: audit.id })));
    const notOk = results.filter((r) => r.status !== 'ok').map((r) => `${r.id} ${r.status}`);
    expect(notOk).toEqual(GET_NOTICES.map((id) => `${id} notice`));
    expect(results.length).toBeGreaterThan(50);
  });

  it('a GET with apollo-require-preflight works', async () => {
    const query = encodeURIComponent('{ administrativeUnit(code: "60") { name } }');
    const response = await fetch(`${services.gateway!.url}?query=${query}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { administrativeUnit: { name: 'Tỉnh Bình Thuận' } } });
  });
});

describe('a non-null field that comes back null', () => {
  const PROGRAM_PARTICIPANTS = /* GraphQL */ `
    query ($id: ID!) {
      coordinationProgram(id: $id) {
        title
        participants {
          organization {
            __typename
            ... on StateAgency {
              name
            }
          }
        }
      }
    }
  `;

  it('is an error in `errors`, formatted like any other, never `extensions.valueCompletion`', async () => {
    // A participant the state subgraph does not know: the party database broke its promise.
    const party = services.subgraphs.party!.db;
    const [program] = await party.query(`SELECT id FROM coordination_program ORDER BY id LIMIT 1`);
    await party.query(
      `INSERT INTO program_participant (program_id, organization_type, organization_id, joined_on, position)
       SELECT $1, 'StateAgency', 'PCOM-NOWHERE', '2024-01-01', max(position) + 1 FROM program_participant WHERE program_id = $1
       ON CONFLICT DO NOTHING`,
      [program.id],
    );
    for (const url of [services.gateway!.url, production.url]) {
      const response = await post(url, { query: PROGRAM_PARTICIPANTS, variables: { id: program.id } });
      expect(response.status).toBe(200);
      expect(response.body).not.toHaveProperty('extensions');
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          message: 'Internal error: the request could not be completed.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }),
      ]);
    }
  });
});

describe('operation limits', () => {
  const aliases = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: mobilizationActivities(first: 200) { nodes { id } }`).join(' ')} }`;
  const deep = (depth: number) => `{ administrativeUnit(code: "60") { ${'parent { '.repeat(depth)}code${' }'.repeat(depth)} } }`;

  it.each(['gateway', 'armed-forces subgraph'] as const)('are the same at the %s', async (server) => {
    const url = servers()[server];
    const tooManyAliases = await post(url, { query: aliases(OPERATION_LIMITS.maxAliases + 1) });
    expect([tooManyAliases.status, tooManyAliases.body.errors?.[0].extensions?.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    const thousand = await post(url, { query: aliases(1000) });
    expect(thousand.status).toBe(400);
    const enough = await post(url, { query: aliases(OPERATION_LIMITS.maxAliases) });
    expect(enough.status).toBe(200);
    expect(enough.body.errors).toBeUndefined();
    const tokens = await post(url, { query: tooManyTokens });
    expect([tokens.status, tokens.body.errors?.[0].extensions?.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
  });

  it('limit depth at a subgraph called directly', async () => {
    const response = await post(services.subgraphs.state!.server.url, { query: deep(OPERATION_LIMITS.maxDepth + 1) });
    expect([response.status, response.body.errors?.[0].extensions?.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    expect(response.body.errors?.[0].message).toMatch(/depth/i);
  });
});

describe('HTTP details', () => {
  it('no X-Powered-By at the gateway or a subgraph', async () => {
    for (const url of Object.values(servers())) {
      for (const path of ['/graphql', '/health']) {
        const response = await fetch(url.replace(/\/graphql$/, path), { method: path === '/graphql' ? 'POST' : 'GET' });
        expect(response.headers.get('x-powered-by')).toBeNull();
      }
    }
  });
});

describe('the developer page', () => {
  const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

  it('serves GraphiQL from this machine, with a token field, in development', async () => {
    const response = await fetch(services.gateway!.url, { headers: browser });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('id="token"');
    // Every script and style comes from the gateway itself: no CDN.
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.sort()).toEqual(['/graphiql/graphiql.css', '/graphiql/graphiql.js', '/graphiql/react-dom.js', '/graphiql/react.js']);
    expect(html).not.toMatch(/https?:\/\//);
    for (const source of sources) {
      const asset = await fetch(new URL(source, services.gateway!.url));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(source.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }
  });

  it('lets the page introspect with the token it is given, not without', async () => {
    const introspection = { query: '{ __schema { queryType { name } } }' };
    expect((await post(services.gateway!.url, introspection)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const anonymous = await fetch(services.gateway!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(introspection),
    });
    expect(anonymous.status).toBe(401);
  });

  it('is not served in production', async () => {
    const response = await fetch(production.url, { headers: browser });
    expect(await response.text()).not.toContain('graphiql');
    expect((await fetch(new URL('/graphiql/graphiql.js', production.url))).status).toBe(404);
  });
});
