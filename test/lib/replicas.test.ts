import { createHash } from 'node:crypto';
import { Client } from 'pg';
import {
  CountedDataSource,
  databaseReadUrlsFor,
  logger,
  openDatabase,
  READ_AFTER_WRITE_HEADER,
  readFromPrimary,
  RunningServer,
  startSubgraphServer,
  withReadScope,
} from '../../lib';
import { subgraphDefinition } from '../../subgraphs';
import { AdministrativeUnit } from '../../subgraphs/state/entities/AdministrativeUnit';
import { seededDatabase } from '../support/databases';
import { postGraphQL, tokenFor } from '../support/services';

/**
 * Read replicas (issue 11, item 6): with `STATE_DATABASE_READ_URLS` set, the state
 * subgraph answers queries from the replica, and runs mutations, and every read of
 * a mutation's request, on the primary. Two databases of this file's own on the
 * test server stand for the two: copies of the seeded demo, the replica's copy told
 * apart by a marker (`(replica)` after Xã Bắc Bình's name) and read-only, so that a
 * write sent to it would fail instead of passing unnoticed. No replication runs
 * between them: what the primary gains, the replica never sees. A replica that
 * cannot be reached costs capacity, not answers: its reads go to the primary.
 */
const COMMUNE = 'PCOM-23005-2025';
const UNIT = '23005';
const NAME = 'Xã Bắc Bình';

let primary: CountedDataSource;
let replica: CountedDataSource;
let served: CountedDataSource;
let server: RunningServer;
let token: string;

const databaseOf = (db: CountedDataSource) => (db.options as { url: string }).url;
const nameOf = (url: string) => new URL(url).pathname.slice(1);

beforeAll(async () => {
  primary = await seededDatabase('state', 'replicas_primary');
  replica = await seededDatabase('state', 'replicas_replica');
  const replicaUrl = databaseOf(replica);
  await replica.query(`UPDATE administrative_unit SET name = name || ' (replica)' WHERE code = $1`, [UNIT]);
  await replica.query(`UPDATE state_agency SET name = name || ' (replica)' WHERE id = $1`, [COMMUNE]);
  // New sessions on the replica refuse to write, as a hot standby does.
  await replica.query(`ALTER DATABASE "${nameOf(replicaUrl)}" SET default_transaction_read_only = on`);
  await replica.destroy();
  replica = await openDatabase(subgraphDefinition('state'), replicaUrl, { migrate: false });
  served = await openDatabase(subgraphDefinition('state'), databaseOf(primary), {
    migrate: false,
    readUrls: databaseReadUrlsFor('state', { STATE_DATABASE_READ_URLS: replicaUrl }),
  });
  server = await startSubgraphServer(subgraphDefinition('state'), served, 0, () => ({}));
  token = await tokenFor({ sub: 'official', org: { type: 'StateAgency', id: COMMUNE }, roles: ['editor'] });
});

afterAll(async () => {
  await server?.stop();
  for (const db of [served, replica, primary]) await db?.destroy();
});

const currentDatabase = async (db: CountedDataSource) =>
  ((await db.query('SELECT current_database() AS name')) as { name: string }[])[0].name;

/** The names of the unit's records (one per era) through TypeORM's own reads. */
const unitNames = async () => (await served.getRepository(AdministrativeUnit).findBy({ code: UNIT })).map((unit) => unit.name);

/** Rows of the tables a mutation writes. */
async function written(db: CountedDataSource) {
  const [row] = await db.query(`
    SELECT (SELECT count(*) FROM citizen_case)::int AS cases,
           (SELECT count(*) FROM audit_entry)::int AS audits,
           (SELECT count(*) FROM idempotency_key)::int AS keys`);
  return row as { cases: number; audits: number; keys: number };
}

describe('STATE_DATABASE_READ_URLS', () => {
  it('is read as a comma-separated list; a bad entry is named with its position, credentials hidden', () => {
    expect(databaseReadUrlsFor('state', {})).toEqual([]);
    expect(databaseReadUrlsFor('state', { STATE_DATABASE_READ_URLS: ' postgres://r@a/state , postgresql://r@b/state,' })).toEqual([
      'postgres://r@a/state',
      'postgresql://r@b/state',
    ]);
    expect(() => databaseReadUrlsFor('state', { STATE_DATABASE_READ_URLS: 'postgres://r@a/state,mysql://reader:s3cret@b/state' })).toThrow(
      'STATE_DATABASE_READ_URLS: entry 2 of 2, "mysql://***@b/state", is not a PostgreSQL URL, postgres://user:password@host:port/database',
    );
    expect(() => databaseReadUrlsFor('armed-forces', { ARMED_FORCES_DATABASE_READ_URLS: 'replica-1' })).toThrow(
      'ARMED_FORCES_DATABASE_READ_URLS: entry 1 of 1, "replica-1", is not a PostgreSQL URL',
    );
    expect(() => databaseReadUrlsFor('party', { PARTY_DATABASE_READ_URLS: ' , ' })).toThrow(
      'PARTY_DATABASE_READ_URLS: names no URL: give comma-separated PostgreSQL URLs',
    );
  });
});

describe('where a replicated data source reads', () => {
  it('on the primary outside a request (start-up, migrations, seeding), on the replica inside one until it writes', async () => {
    expect(await currentDatabase(served)).toBe(nameOf(databaseOf(primary)));
    await withReadScope(async () => {
      // Raw SQL and TypeORM's own reads alike.
      expect(await currentDatabase(served)).toBe(nameOf(databaseOf(replica)));
      expect(await unitNames()).toContain(`${NAME} (replica)`);
      // A transaction is a write: always the primary.
      expect(await served.transaction((manager) => manager.query('SELECT current_database() AS name'))).toEqual([
        { name: nameOf(databaseOf(primary)) },
      ]);
      readFromPrimary();
      expect(await currentDatabase(served)).toBe(nameOf(databaseOf(primary)));
      expect(await unitNames()).toContain(NAME);
    });
  });
});

describe('a state subgraph with a read replica', () => {
  it('answers a query from the replica', async () => {
    const { status, data, errors } = await postGraphQL(server.url, `{ administrativeUnit(code: "${UNIT}") { name } }`, {}, token);
    expect({ status, errors }).toEqual({ status: 200, errors: undefined });
    expect(data).toEqual({ administrativeUnit: { name: `${NAME} (replica)` } });
  });

  it('reads a query the gateway sends for a mutation (x-read-after-write) from the primary', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [READ_AFTER_WRITE_HEADER]: 'true' },
      body: JSON.stringify({ query: `{ administrativeUnit(code: "${UNIT}") { name } }` }),
    });
    expect(await response.json()).toEqual({ data: { administrativeUnit: { name: NAME } } });
  });

  it('writes a mutation to the primary and answers its fields from the primary; nothing reaches the replica', async () => {
    const [primaryBefore, replicaBefore] = [await written(primary), await written(replica)];
    const { status, data, errors } = await postGraphQL(
      server.url,
      `#graphql
      mutation Open($input: OpenCaseInput!) {
        openCase(input: $input) { id reference unit { name } responsibleAgency { id name } }
      }`,
      {
        input: {
          idempotencyKey: 'replicas-1',
          reference: '68-2026-R01',
          title: 'Sạt lở bờ kênh tại thôn 2',
          category: 'INFRASTRUCTURE',
          unitCode: UNIT,
          responsibleAgencyId: COMMUNE,
          openedOn: '2026-03-10',
        },
      },
      token,
    );
    expect({ status, errors }).toEqual({ status: 200, errors: undefined });
    const opened = data!.openCase;
    // Read after the write, in the same request: the primary's names, not the replica's marker.
    expect(opened).toEqual({
      id: expect.any(String),
      reference: '68-2026-R01',
      unit: { name: NAME },
      responsibleAgency: { id: COMMUNE, name: 'Ủy ban nhân dân xã Bắc Bình' },
    });
    expect(await written(primary)).toEqual({
      cases: primaryBefore.cases + 1,
      audits: primaryBefore.audits + 1,
      keys: primaryBefore.keys + 1,
    });
    expect(await written(replica)).toEqual(replicaBefore);
    // A later query reads the replica, which (with no replication here) never got the case.
    const later = await postGraphQL(server.url, `query ($id: ID!) { case(id: $id) { id } }`, { id: opened.id }, token);
    expect(later.data).toEqual({ case: null });
  });

  it('reads a mutation sent as a persisted query, by its hash alone, from the primary too', async () => {
    const query = `mutation Open($input: OpenCaseInput!) { openCase(input: $input) { reference unit { name } } }`;
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const input = (n: number) => ({
      idempotencyKey: `replicas-apq-${n}`,
      reference: `68-2026-R1${n}`,
      title: 'Sạt lở bờ kênh tại thôn 3',
      category: 'INFRASTRUCTURE',
      unitCode: UNIT,
      responsibleAgencyId: COMMUNE,
      openedOn: '2026-03-11',
    });
    const send = async (body: object) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      return response.json() as Promise<{ data?: unknown; errors?: unknown }>;
    };
    // Registered with its text, then sent by its hash alone: the body no longer says it is a mutation.
    expect(await send({ query, variables: { input: input(1) }, extensions: { persistedQuery } })).toEqual({
      data: { openCase: { reference: '68-2026-R11', unit: { name: NAME } } },
    });
    expect(await send({ variables: { input: input(2) }, extensions: { persistedQuery } })).toEqual({
      data: { openCase: { reference: '68-2026-R12', unit: { name: NAME } } },
    });
  });

  it('is ready while the primary and the replica answer, and says how many replicas answer', async () => {
    expect(await ready()).toEqual({ status: 200, body: { status: 'ready', replicas: { answering: 1, of: 1 } } });
  });

  it('reads from the primary while the replica cannot be reached, and from the replica once it is back', async () => {
    const unitName = async () => {
      const { data, errors } = await postGraphQL(server.url, `{ administrativeUnit(code: "${UNIT}") { name } }`, {}, token);
      expect(errors).toBeUndefined();
      return data!.administrativeUnit.name as string;
    };
    const replicaName = nameOf(databaseOf(replica));
    // The data source warns that the replica cannot be reached: expected here.
    const level = logger.level;
    logger.level = 'error';
    const admin = new Client({ connectionString: databaseOf(primary).replace(/\/[^/]*$/, '/postgres') });
    await admin.connect();
    try {
      // As a stopped server is seen: its connections cut, new ones refused.
      await admin.query(`ALTER DATABASE "${replicaName}" ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [replicaName]);
      // The pool drops the connections cut when it hears of it, just after.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await unitName()).toBe(NAME);
      // Still ready: the primary serves every read meanwhile.
      expect(await ready()).toEqual({ status: 200, body: { status: 'ready', replicas: { answering: 0, of: 1 } } });
    } finally {
      await admin.query(`ALTER DATABASE "${replicaName}" ALLOW_CONNECTIONS true`);
      await admin.end();
      logger.level = level;
    }
    // A replica that failed is left alone for a second, then read from again.
    const deadline = Date.now() + 5_000;
    while ((await unitName()) !== `${NAME} (replica)` && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await unitName()).toBe(`${NAME} (replica)`);
    expect(await ready()).toEqual({ status: 200, body: { status: 'ready', replicas: { answering: 1, of: 1 } } });
  });
});

async function ready() {
  const response = await fetch(server.url.replace(/\/graphql$/, '/ready'));
  return { status: response.status, body: await response.json() };
}
