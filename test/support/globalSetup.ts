import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../scripts/embeddedPostgres';
import { prepareTokenVerification } from '../../lib';
import { seedTemplates } from './databases';

/**
 * One throwaway PostgreSQL server with the demo seeded into template databases, and
 * one signing key, for the whole test run, handed to the test workers through the
 * environment.
 */
export default async function globalSetup(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'dan-van-test-'));
  // Run as root, PostgreSQL runs as the `postgres` user, which must be able to reach its data directory.
  chmodSync(root, 0o755);
  process.env.NODE_ENV = 'test';
  process.env.JWT_KEY_DIR = join(root, 'jwt');
  await prepareTokenVerification();
  const server = await startEmbeddedPostgres({ dataDir: join(root, 'pg'), persistent: false });
  process.env.DATABASE_URL = server.url;
  (globalThis as { __embeddedPostgres?: typeof server }).__embeddedPostgres = server;
  // The demo is large (both eras, hundreds of thousands of reports): seeded once, before any file runs.
  await seedTemplates();
}
