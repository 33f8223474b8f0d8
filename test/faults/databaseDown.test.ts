import { Client } from 'pg';
import { startGateway } from '../../gateway/server';
import { CountedDataSource, logger, RunningServer, startSubgraphServer } from '../../lib';
import { subgraphDefinition } from '../../subgraphs';
import { seededDatabase } from '../support/databases';
import { postGraphQL, Services, tokenFor } from '../support/services';
import { eventually, readyOf, statusOf } from './support';

/**
 * A subgraph's database goes away (issue 11, item 7): that subgraph's `/ready` and
 * the gateway's fail while it is away, the other subgraphs keep serving, and both
 * are ready again, and the answers whole, once it is back. The armed forces'
 * subgraph runs on a database of this file's own, which the test takes away the
 * way a stopped server would be seen: every connection to it is cut and new ones
 * are refused (`ALLOW_CONNECTIONS false`); the three others on the shared seeded
 * databases, read only.
 */
let services: Services;
let db: CountedDataSource;
let armedForces: RunningServer;
let gateway: RunningServer;
let admin: Client;
let database: string;
let token: string;

beforeAll(async () => {
  // The subgraph logs each failed statement as an internal error: expected here.
  logger.level = 'fatal';
  services = await Services.start(['party', 'state', 'front']);
  db = await seededDatabase('armed-forces', 'faults_down');
  database = new URL((db.options as { url: string }).url).pathname.slice(1);
  armedForces = await startSubgraphServer(subgraphDefinition('armed-forces'), db, 0, () => ({
    party: services.subgraphs.party!.server.url,
    state: services.subgraphs.state!.server.url,
    front: services.subgraphs.front!.server.url,
  }));
  gateway = await startGateway({
    port: 0,
    subgraphUrls: {
      party: services.subgraphs.party!.server.url,
      state: services.subgraphs.state!.server.url,
      front: services.subgraphs.front!.server.url,
      'armed-forces': armedForces.url,
    },
    subgraphTimeoutMs: 2_000,
  });
  const adminUrl = new URL((db.options as { url: string }).url);
  adminUrl.pathname = '/postgres';
  admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  token = await tokenFor();
});

afterAll(async () => {
  // Back, whatever happened, so that the database can be closed and dropped like any other.
  await admin?.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
  await admin?.end();
  await gateway?.stop();
  await armedForces?.stop();
  await db?.destroy();
  await services?.stop();
});

/** Cuts every connection to the database and refuses new ones, as a stopped server does. */
async function stopDatabase(): Promise<void> {
  await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
}

async function startDatabase(): Promise<void> {
  await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
}

const GATEWAY_QUERY = `#graphql
  query Unit { administrativeUnit(code: "60") { name armedUnits { id } } }
`;

const ask = () => postGraphQL(gateway.url, GATEWAY_QUERY, {}, token);

async function readiness() {
  const response = await fetch(readyOf(gateway.url));
  return { status: response.status, body: (await response.json()) as { subgraphs: Record<string, { ready: boolean; reason?: string }> } };
}

it("a subgraph's database stopped: its /ready and the gateway's fail, the rest serves; both recover once it is back", async () => {
  expect(await statusOf(readyOf(armedForces.url))).toBe(200);
  expect((await readiness()).status).toBe(200);
  const whole = await ask();
  expect(whole.errors).toBeUndefined();
  expect(whole.data!.administrativeUnit.armedUnits.length).toBeGreaterThan(0);

  await stopDatabase();
  try {
    // A probe right after the cut: the pool's connections are gone and a new one is refused.
    await eventually('the subgraph /ready fails', async () => (await statusOf(readyOf(armedForces.url))) === 503, 5_000);
    const down = await readiness();
    expect(down.status).toBe(503);
    expect(down.body.subgraphs).toEqual({
      party: { ready: true },
      state: { ready: true },
      front: { ready: true },
      'armed-forces': { ready: false, reason: 'its /ready answered HTTP 503' },
    });
    // The others still serve: the unit from the state subgraph, the armed forces' part an error.
    const partial = await ask();
    expect(partial.status).toBe(200);
    expect(partial.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(partial.errors)).not.toMatch(/ALLOW_CONNECTIONS|does not allow connections|localhost|postgres/i);
  } finally {
    await startDatabase();
  }

  await eventually('the subgraph /ready recovers', async () => (await statusOf(readyOf(armedForces.url))) === 200, 5_000);
  await eventually('the gateway /ready recovers', async () => (await readiness()).status === 200, 5_000);
  const again = await ask();
  expect(again.errors).toBeUndefined();
  expect(again.data).toEqual(whole.data);
});
