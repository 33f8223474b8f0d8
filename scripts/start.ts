/**
 * `npm start`: the whole system on one machine. Uses the database servers named by
 * `<NAME>_DATABASE_URL` / `DATABASE_URL`, or boots an embedded PostgreSQL under
 * `.data/` when none is set; creates, migrates and (when empty) seeds each
 * subgraph's database; then runs the four subgraphs and the gateway as separate
 * processes and stops them all on Ctrl-C.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { subgraphDefinition } from '../subgraphs';
import { ensureDevelopmentKey } from '../subgraphs/kit/auth';
import { databaseUrlFor, envPrefix, portFor, SUBGRAPH_NAMES, SubgraphName } from '../subgraphs/kit/config';
import { ensureDatabase } from '../subgraphs/kit/database';
import { projectRoot } from '../subgraphs/kit/paths';
import { isEmpty, openDatabase } from '../subgraphs/kit/run';
import { EmbeddedServer, startEmbeddedPostgres } from './embeddedPostgres';

const env: NodeJS.ProcessEnv = { ...process.env };
const children: ChildProcess[] = [];
let embedded: EmbeddedServer | undefined;
let stopping = false;

function say(message: string) {
  process.stdout.write(`${message}\n`);
}

async function prepareDatabases() {
  if (SUBGRAPH_NAMES.some((name) => !databaseUrlFor(name, env))) {
    const dataDir = join(projectRoot, '.data', 'postgres');
    say(`starting embedded PostgreSQL in ${dataDir} ...`);
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: env.EMBEDDED_POSTGRES_PORT ? Number(env.EMBEDDED_POSTGRES_PORT) : undefined,
      persistent: true,
    });
    env.DATABASE_URL = embedded.url;
  }
  for (const name of SUBGRAPH_NAMES) {
    const url = databaseUrlFor(name, env)!;
    await ensureDatabase(url);
    const definition = subgraphDefinition(name);
    const db = await openDatabase(definition, url, { migrate: true });
    if (await isEmpty(db)) {
      say(`seeding the ${name} database with the demo data ...`);
      await definition.seedDemo(db);
    }
    await db.destroy();
  }
}

function run(service: SubgraphName | 'gateway', entry: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: projectRoot,
    // Migrations already ran above, once, before any process serves.
    env: { ...env, SERVICE_NAME: service, MIGRATE_ON_START: 'false' },
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${service} exited (${signal ?? code}); stopping everything`);
      void stop(1);
    }
  });
  children.push(child);
}

async function waitUntilReady(service: SubgraphName | 'gateway', timeoutMs = 60_000) {
  const url = `http://localhost:${portFor(service, env)}/ready`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service} did not become ready at ${url} within ${timeoutMs / 1000} s`);
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  await embedded?.stop().catch(() => {});
  process.exit(code);
}

async function main() {
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  await ensureDevelopmentKey();
  await prepareDatabases();
  for (const name of SUBGRAPH_NAMES) {
    run(name, `subgraphs/${name}/main.ts`);
  }
  await Promise.all(SUBGRAPH_NAMES.map((name) => waitUntilReady(name)));
  for (const name of SUBGRAPH_NAMES) {
    env[`${envPrefix(name)}_URL`] ??= `http://localhost:${portFor(name, env)}/graphql`;
  }
  run('gateway', 'gateway/main.ts');
  await waitUntilReady('gateway');
  say('');
  say(`gateway        http://localhost:${portFor('gateway', env)}/graphql`);
  for (const name of SUBGRAPH_NAMES) say(`${name.padEnd(14)} http://localhost:${portFor(name, env)}/graphql`);
  say('');
  say('a token for requests:  npm run token -- --org MassMobilizationCommission:MMC-60 --role reader');
  say('press Ctrl-C to stop');
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
});
