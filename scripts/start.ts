/**
 * `npm start`: the whole system on one machine. Uses the database servers named by
 * `<NAME>_DATABASE_URL` / `DATABASE_URL`, or boots an embedded PostgreSQL under
 * `DATA_DIR` (`.data/` by default) when none is set; creates, migrates and (when
 * empty) seeds each subgraph's database; then runs the four subgraphs and the
 * gateway as separate processes.
 *
 * Everything it started stops with it: on SIGINT (Ctrl-C), SIGTERM (`kill`, an
 * IDE's stop button, a process manager) and SIGHUP, and when its parent goes away
 * (npm killed). Its children watch an IPC channel to it (lib/shutdown.ts), so they
 * stop even when it is killed with SIGKILL; PostgreSQL cannot, and the next start
 * says how to stop it.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { seedDemo } from '../seed';
import { subgraphDefinition } from '../subgraphs';
import {
  databaseUrlFor,
  dataDirFor,
  ensureDatabase,
  environment,
  envPrefix,
  isEmpty,
  keyDirFromDataDir,
  logger,
  openDatabase,
  portFor,
  prepareTokenVerification,
  projectRoot,
  SUBGRAPH_NAMES,
  SubgraphName,
} from '../lib';
import { assertDataDirFree, EmbeddedServer, startEmbeddedPostgres } from './embeddedPostgres';
import { compiledEntry, isPortFree, listenerOf } from './processes';

type Service = SubgraphName | 'gateway';
const SERVICES: Service[] = [...SUBGRAPH_NAMES, 'gateway'];

/**
 * How long a child may take to stop after SIGTERM before it is killed: more than the
 * gateway allows itself (its requests' deadline, 15 s by default, and 5 s to close).
 */
const STOP_GRACE_MS = 25_000;

keyDirFromDataDir();
const env: NodeJS.ProcessEnv = { ...environment() };
const children = new Map<Service, ChildProcess>();
/** The embedded server once it runs, or while it starts (a stop then waits for it, to stop it too). */
let embedded: Promise<EmbeddedServer | undefined> = Promise.resolve(undefined);
let stopping = false;

function say(message: string) {
  process.stdout.write(`${message}\n`);
}

/**
 * Every port this run will listen on, checked before anything starts, so that
 * a port still held (by an earlier run that crashed, say) is one clear line
 * rather than a child dying half-way through the start.
 */
async function checkPorts(embeddedPort: number | undefined) {
  const ports: [number, string][] = SERVICES.map((service) => [portFor(service, env), `${envPrefix(service)}_PORT`]);
  if (embeddedPort !== undefined) ports.push([embeddedPort, 'EMBEDDED_POSTGRES_PORT']);
  for (const [port, variable] of ports) {
    if (await isPortFree(port)) continue;
    const holder = listenerOf(port);
    const who = holder
      ? `by pid ${holder.pid} (${holder.command.slice(0, 100)}): stop it with \`kill ${holder.pid}\``
      : 'by another process: stop it';
    throw new Error(`port ${port} (${variable}) is in use ${who}, or set ${variable} to a free port`);
  }
}

function embeddedPortSetting(): number | undefined {
  const raw = env.EMBEDDED_POSTGRES_PORT;
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`EMBEDDED_POSTGRES_PORT must be a port number, got "${raw}"`);
  return port;
}

/** The embedded PostgreSQL's data directory, when no database URL names a server for every subgraph. */
function embeddedDataDir(): string | undefined {
  return SUBGRAPH_NAMES.some((name) => !databaseUrlFor(name, env)) ? join(dataDirFor(env), 'postgres') : undefined;
}

async function prepareDatabases() {
  const dataDir = embeddedDataDir();
  if (stopping) return;
  if (dataDir) {
    say(`starting embedded PostgreSQL in ${dataDir} ...`);
    embedded = startEmbeddedPostgres({ dataDir, port: embeddedPortSetting(), persistent: true, exitOnSignals: false });
    env.DATABASE_URL = (await embedded)!.url;
  }
  for (const name of SUBGRAPH_NAMES) {
    if (stopping) return;
    const url = databaseUrlFor(name, env)!;
    await ensureDatabase(url);
    const definition = subgraphDefinition(name);
    const db = await openDatabase(definition, url, { migrate: true });
    try {
      if (await isEmpty(db)) {
        say(`seeding the ${name} database with the demo data ...`);
        await seedDemo(name, db);
      }
    } finally {
      await db.destroy();
    }
  }
}

/**
 * Compiled (`npm run build`, then `node dist/scripts/start.js`), each process runs its
 * compiled entry; from the sources, through tsx. The compiled ones start faster and
 * hold less memory: no TypeScript loader thread or esbuild beside each of them.
 */
const compiled = __filename.endsWith('.js');

/**
 * V8's heap for each service, unless NODE_OPTIONS says otherwise (docker-compose.yml sets
 * the same). Every service's young generation is doubled (32 MB semi-spaces, V8's default
 * 16): a request holds its rows, entities and subgraph answers (a province's organizations,
 * half a megabyte for Hà Nội) across its awaits; with 16 MB they outlived scavenges, were
 * copied and promoted, and garbage collection took a quarter of a subgraph's busy time on a
 * province's statistics. With 32 MB: a province's statistics p50 174 → 158 ms, p95 283 →
 * 269 ms (one client); the mix 3–8 % more requests a second and p99 0.86–0.96× in A/B runs
 * of two gateways over the same subgraphs; about 30 MB more resident per process (64 MB:
 * the gateway at 270 MB, too near its 300 MB budget). The gateway's old generation is
 * bounded to 192 MB: left to itself V8 lets it grow past 400 MB under load before
 * collecting, though what it holds stays near 100 MB.
 */
const YOUNG_GENERATION = { '--max-semi-space-size': 32 };
const HEAP: Record<'gateway' | 'subgraph', Record<string, number>> = {
  gateway: { ...YOUNG_GENERATION, '--max-old-space-size': 192 },
  subgraph: YOUNG_GENERATION,
};

/**
 * The floor of every young generation, a command-line flag (Node refuses it in NODE_OPTIONS;
 * docker-compose.yml's commands give it too). While a service is idle V8's memory reducer
 * shrinks its young generation; the first requests after a quiet minute then paid for
 * scavenges in a small one while it grew again: one client over every province's statistics
 * after 45 s idle took 320–345 ms of CPU per request against 225–233 warm, p95 426–469 ms.
 * With the floor at 16 MB: 269–287 ms of CPU, p95 327–362 ms (four alternations); warm, the same.
 */
const YOUNG_GENERATION_FLOOR = '--min-semi-space-size=16';

function heapOptions(service: Service, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? '';
  const added = Object.entries(HEAP[service === 'gateway' ? 'gateway' : 'subgraph'])
    .filter(([flag]) => !options.includes(flag))
    .map(([flag, mb]) => `${flag}=${mb}`);
  return added.length === 0 ? {} : { NODE_OPTIONS: [options, ...added].join(' ').trim() };
}

function run(service: Service, entry: string) {
  if (stopping) return;
  const args = [YOUNG_GENERATION_FLOOR, ...(compiled ? [compiledEntry(entry)] : ['--import', 'tsx', entry])];
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    // Migrations already ran above, once, before any process serves.
    env: { ...env, SERVICE_NAME: service, MIGRATE_ON_START: 'false', ...heapOptions(service, env) },
    // The IPC channel is how the child knows this process is gone, however it went.
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`npm start: ${service} exited (${signal ?? `code ${code}`}); stopping everything\n`);
      void stop(1);
    }
  });
  children.set(service, child);
}

async function waitUntilReady(service: Service, timeoutMs = 60_000) {
  const url = `http://localhost:${portFor(service, env)}/ready`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service} did not become ready at ${url} within ${timeoutMs / 1000} s`);
}

/** SIGTERM, then SIGKILL after the grace period; resolves when the child has exited. */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Stops the gateway, then the subgraphs, then PostgreSQL, and exits. */
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  const gateway = children.get('gateway');
  if (gateway) await stopChild(gateway);
  await Promise.all(
    SUBGRAPH_NAMES.map((name) => children.get(name))
      .filter((c) => c !== undefined)
      .map(stopChild),
  );
  const server = await embedded.catch(() => undefined);
  await server?.stop().catch((error: unknown) => logger.error({ err: error }, 'embedded PostgreSQL did not stop'));
  process.exit(code);
}

/**
 * Stops everything when the parent process goes away: npm forwards SIGINT and
 * SIGTERM, but dies of SIGHUP and SIGKILL without a word; this process is then
 * re-parented, and its parent pid changes.
 */
function watchParent() {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop(0);
  }, 500).unref();
}

/**
 * Says in one line what failed and stops everything. A failure caused by stopping (a
 * database closed under the seeder) is no news. Errors nobody awaited come here too:
 * dying of one would leave PostgreSQL, which cannot watch this process, running.
 */
async function fail(error: unknown) {
  if (stopping) return;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`npm start: ${message.replace(/\s+/g, ' ').trim()}\n`);
  await stop(1);
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0));
  for (const event of ['uncaughtException', 'unhandledRejection'] as const) process.on(event, (error) => void fail(error));
  watchParent();
  const dataDir = embeddedDataDir();
  if (dataDir) assertDataDirFree(dataDir);
  await checkPorts(dataDir ? embeddedPortSetting() : undefined);
  await prepareTokenVerification();
  await prepareDatabases();
  for (const name of SUBGRAPH_NAMES) run(name, `subgraphs/${name}/main.ts`);
  await Promise.all(SUBGRAPH_NAMES.map((name) => waitUntilReady(name)));
  for (const name of SUBGRAPH_NAMES) {
    env[`${envPrefix(name)}_URL`] ??= `http://localhost:${portFor(name, env)}/graphql`;
  }
  run('gateway', 'gateway/main.ts');
  await waitUntilReady('gateway');
  if (stopping) return;
  say('');
  say(`gateway        http://localhost:${portFor('gateway', env)}/graphql`);
  for (const name of SUBGRAPH_NAMES) say(`${name.padEnd(14)} http://localhost:${portFor(name, env)}/graphql`);
  say('');
  say('a token for requests:  npm run -s token -- --org MassMobilizationCommission:MMC-68-2025 --role reader');
  say('press Ctrl-C to stop');
}

main().catch(fail);
