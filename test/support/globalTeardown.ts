import type { EmbeddedServer } from '../../scripts/embeddedPostgres';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __embeddedPostgres?: EmbeddedServer }).__embeddedPostgres?.stop();
}
