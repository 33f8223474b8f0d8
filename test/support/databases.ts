import { Client } from 'pg';
import { CountedDataSource, databaseUrlFor, ensureDatabase, openDatabase, SubgraphName } from '../../lib';
import { seedDemo } from '../../seed';
import { subgraphDefinition } from '../../subgraphs';

/**
 * Opens a subgraph's test database, migrated and seeded with the demo data. Test
 * files run in parallel workers; an advisory lock makes the first one migrate and
 * seed while the others wait, and seeding is idempotent anyway. Tests that write
 * pass a `suffix` to get databases of their own (e.g. `party_writes`), so that
 * their changes never meet the seeded values other files assert.
 */
export async function seededDatabase(name: SubgraphName, suffix = ''): Promise<CountedDataSource> {
  const shared = databaseUrlFor(name);
  if (!shared) throw new Error('DATABASE_URL is not set: run the tests through jest (test/support/globalSetup.ts)');
  const url = new URL(shared);
  if (suffix) url.pathname = `${url.pathname}_${suffix}`;
  return openSeeded(name, url.toString());
}

async function openSeeded(name: SubgraphName, url: string): Promise<CountedDataSource> {
  await ensureDatabase(url);
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(4242)');
    const definition = subgraphDefinition(name);
    const db = await openDatabase(definition, url, { migrate: true });
    // Seeding is idempotent but not free: the first test file to get here seeds for all.
    const [{ seeded }] = await db.query(`SELECT to_regclass('test_seeded') IS NOT NULL AS seeded`);
    if (!seeded) {
      await seedDemo(name, db);
      await db.query('CREATE TABLE test_seeded ()');
    }
    return db;
  } finally {
    await lock.query('SELECT pg_advisory_unlock(4242)').catch(() => {});
    await lock.end();
  }
}
