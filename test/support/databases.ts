import { Client } from 'pg';
import { CountedDataSource, databaseUrlFor, ensureDatabase, openDatabase, SUBGRAPH_NAMES, SubgraphName } from '../../lib';
import { seedDemo } from '../../seed';
import { subgraphDefinition } from '../../subgraphs';

/**
 * Opens a subgraph's test database, migrated and seeded with the demo data. Test
 * files run in parallel workers; tests that write pass a `suffix` to get databases of
 * their own (e.g. `party_writes`), so that their changes never meet the seeded values
 * other files assert.
 *
 * The demo has hundreds of thousands of reports (design section 10), too many to seed
 * once per database: each subgraph's demo is seeded once per run, into a template
 * database (`party_template`), and every test database is a copy of it (`CREATE
 * DATABASE ... TEMPLATE`, a file copy). An advisory lock on the server's `postgres`
 * database makes one worker do it while the others wait; PostgreSQL copies a template
 * only while nobody is connected to it, and only the holder of the lock connects.
 */
export async function seededDatabase(name: SubgraphName, suffix = ''): Promise<CountedDataSource> {
  const shared = databaseUrlFor(name);
  if (!shared) throw new Error('DATABASE_URL is not set: run the tests through jest (test/support/globalSetup.ts)');
  const url = new URL(shared);
  const template = new URL(shared);
  template.pathname = `${url.pathname}_template`;
  if (suffix) url.pathname = `${url.pathname}_${suffix}`;
  await copyOfSeededTemplate(name, template.toString(), url.toString());
  return openDatabase(subgraphDefinition(name), url.toString(), { migrate: true });
}

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function copyOfSeededTemplate(name: SubgraphName, templateUrl: string, targetUrl: string): Promise<void> {
  const admin = new URL(targetUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(4242)');
    const exists = async (url: string) =>
      ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName(url)])).rowCount ?? 0) > 0;
    if (await exists(targetUrl)) return;
    if (!(await exists(templateUrl))) await seedTemplate(name, templateUrl, client);
    await client.query(`CREATE DATABASE ${quoted(databaseName(targetUrl))} TEMPLATE ${quoted(databaseName(templateUrl))}`);
  } finally {
    await client.query('SELECT pg_advisory_unlock(4242)').catch(() => {});
    await client.end();
  }
}

/**
 * Migrates and seeds a subgraph's template database. Seeded under a temporary name and
 * renamed when complete: a run that died half-way never leaves a half-seeded template.
 */
async function seedTemplate(name: SubgraphName, templateUrl: string, admin: Client): Promise<void> {
  const partial = new URL(templateUrl);
  partial.pathname = `${partial.pathname}_partial`;
  await admin.query(`DROP DATABASE IF EXISTS ${quoted(databaseName(partial.toString()))}`);
  await ensureDatabase(partial.toString());
  const db = await openDatabase(subgraphDefinition(name), partial.toString(), { migrate: true });
  try {
    await seedDemo(name, db);
  } finally {
    await db.destroy();
  }
  await admin.query(`ALTER DATABASE ${quoted(databaseName(partial.toString()))} RENAME TO ${quoted(databaseName(templateUrl))}`);
}

/**
 * Seeds the four templates once, in parallel, before any test file runs (jest's global
 * setup): no test file then waits for the demo behind another's lock, and no `beforeAll`
 * has to allow for seeding.
 */
export async function seedTemplates(): Promise<void> {
  await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      // Read from the variables just set: the configuration this process cached earlier predates them.
      const template = new URL(databaseUrlFor(name, process.env)!);
      template.pathname = `${template.pathname}_template`;
      const admin = new URL(template);
      admin.pathname = '/postgres';
      const client = new Client({ connectionString: admin.toString() });
      await client.connect();
      try {
        await seedTemplate(name, template.toString(), client);
      } finally {
        await client.end();
      }
    }),
  );
}

/**
 * A subgraph's database of its own for one test file (`<name>_<suffix>`), migrated and
 * empty: for tests that fill it themselves (test/generate, the national generator).
 * One an earlier run left is dropped first.
 */
export async function emptyDatabase(name: SubgraphName, suffix: string): Promise<CountedDataSource> {
  const shared = databaseUrlFor(name);
  if (!shared) throw new Error('DATABASE_URL is not set: run the tests through jest (test/support/globalSetup.ts)');
  const url = new URL(shared);
  url.pathname = `${url.pathname}_${suffix}`;
  const admin = new URL(shared);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoted(databaseName(url.toString()))} WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await ensureDatabase(url.toString());
  return openDatabase(subgraphDefinition(name), url.toString(), { migrate: true });
}
