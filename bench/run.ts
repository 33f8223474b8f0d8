/**
 * `npm run bench`: our gateway and Hive Gateway with its Rust planner (bench/hive.ts),
 * in the same run, over the same subgraphs, PostgreSQL and data, under the same load
 * (`autocannon`): a weighted mix of the acceptance queries, a burst of one identical
 * dashboard query, and each scenario alone. Machines here are shared and noisy, so
 * the claim is the ratio of the two engines, measured in alternating rounds.
 *
 * For each load and engine: requests per second, latency p50/p95/p99, errors (HTTP,
 * socket and GraphQL), SQL statements per request (the subgraphs' `db_statements_total`),
 * CPU milliseconds per request of the gateway, each subgraph and PostgreSQL (/proc),
 * and the gateway's peak RSS. Writes bench/results/<time>.json and .md, and prints
 * the table. See `--help`.
 */
import autocannon from 'autocannon';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_SUBGRAPH_CONNECTIONS } from '../gateway/config';
import { composeSupergraph } from '../gateway/supergraph';
import { envPrefix, keyDirFromDataDir, projectRoot, signDevelopmentToken, SUBGRAPH_NAMES, SubgraphName } from '../lib';
import { SEED_DATE } from '../seed/demo';
import { compiledEntry, listenerOf } from '../scripts/processes';
import { cpuMs, familyCpuMs, familyRssMb, postgresCpuMs } from './proc';
import { burstOf, Fixtures, mixOf, provinceComplianceOf, provinceStatisticsOf, QueryKind, Request, requestsOf } from './queries';

/**
 * The mix, the throughput and p99 claim, runs three times the rounds of the others: its
 * p99 is its slowest hundredth (statistics of a large province), which one noisy moment of
 * the shared machine moves by a fifth in a round of 10 s.
 */
const MIX_ROUND_FACTOR = 3;

function roundsOf(load: Load, rounds: number): number {
  return load === 'mix' ? rounds * MIX_ROUND_FACTOR : rounds;
}

const USAGE = `usage: npm run bench -- [options]

  --data-dir DIR        the data to serve (default .data-national when generated, else .data-bench,
                        seeded with the demo on first use)
  --as-of DAY           the data's "today" (default the demo's seed date, ${SEED_DATE})
  --duration SECONDS    each measured run (default 10)
  --rounds N            alternating rounds per load, ours then Hive, then Hive then ours (default 2; the mix ${MIX_ROUND_FACTOR} times as many)
  --connections N       clients for the mix and each scenario (default 16)
  --burst-connections N clients for the burst (default 64)
  --loads LIST          comma-separated, of mix, burst, overview, compliance, statistics, case, program,
                        province-compliance, province-statistics (one client each) (default all)
  --soak SECONDS        then run the mix this long per engine, sampling memory every 5 s (default 60; 0: no soak)
  -h, --help            this text
`;

type Engine = 'ours' | 'hive';
const ENGINES: Engine[] = ['ours', 'hive'];
const LOADS = [
  'mix',
  'burst',
  'overview',
  'compliance',
  'statistics',
  'case',
  'program',
  'province-compliance',
  'province-statistics',
] as const;
/** Loads of one client: what one official waits for, not what the server sustains. */
const SINGLE_CLIENT: readonly Load[] = ['province-compliance', 'province-statistics'];
type Load = (typeof LOADS)[number];

/** Seconds each engine runs a load's requests, unmeasured, before the load's measured rounds. */
const LOAD_WARM_UP_S = 5;

/** Ports of the benchmark's own processes, apart from `npm start`'s. */
const PORTS = { gateway: 4600, party: 4601, state: 4602, front: 4603, 'armed-forces': 4604, hive: 4610, postgres: 5460 };

interface Options {
  dataDir: string;
  asOf: string;
  duration: number;
  rounds: number;
  connections: number;
  burstConnections: number;
  loads: Load[];
  soak: number;
}

function options(): Options | undefined {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      'as-of': { type: 'string' },
      duration: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '2' },
      connections: { type: 'string', default: '16' },
      'burst-connections': { type: 'string', default: '64' },
      loads: { type: 'string', default: LOADS.join(',') },
      soak: { type: 'string', default: '60' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;
  const positive = (name: string, raw: string, zero = false) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < (zero ? 0 : 1))
      throw new Error(`--${name} must be a whole number${zero ? '' : ' above 0'}, got "${raw}"`);
    return n;
  };
  const loads = values.loads.split(',').map((load) => {
    if (!(LOADS as readonly string[]).includes(load)) throw new Error(`--loads: unknown load "${load}"; one of ${LOADS.join(', ')}`);
    return load as Load;
  });
  const national = join(projectRoot, '.data-national');
  const asOf = values['as-of'] ?? SEED_DATE;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`--as-of must be a day (YYYY-MM-DD), got "${asOf}"`);
  return {
    dataDir: values['data-dir'] ?? (existsSync(national) ? national : join(projectRoot, '.data-bench')),
    asOf,
    duration: positive('duration', values.duration),
    rounds: positive('rounds', values.rounds),
    connections: positive('connections', values.connections),
    burstConnections: positive('burst-connections', values['burst-connections']),
    loads,
    soak: positive('soak', values.soak, true),
  };
}

function say(message: string) {
  process.stdout.write(`${message}\n`);
}

const children: ChildProcess[] = [];

/**
 * Both engines run compiled, as they are deployed (the Dockerfile runs `dist/`): under
 * tsx each process would carry a TypeScript loader thread and an esbuild process, some
 * 60 MB and a slower start that are no engine's.
 */
function build() {
  say('compiling (npm run build) ...');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
}

/** A compiled entry point (`scripts/start.ts` runs as `dist/scripts/start.js`) in its own process, its output to the log. */
function startProcess(entry: string, env: NodeJS.ProcessEnv, log: string): ChildProcess {
  const child = spawn(process.execPath, [compiledEntry(entry)], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const out = createWriteStream(log, { flags: 'a' });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  children.push(child);
  return child;
}

async function stopAll() {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const kill = setTimeout(() => child.kill('SIGKILL'), 20_000);
          child.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, child?: ChildProcess) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited (code ${child.exitCode}); see its log`);
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`);
}

async function post(url: string, token: string, requestBody: string): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: requestBody,
  });
  return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
}

/** Units, cases and programs to ask about, found through our gateway. */
async function discover(url: string, token: string, asOf: string): Promise<Fixtures> {
  const codes = async (level: string, day: string, first = 200) => {
    const query = `query Units($filter: AdministrativeUnitFilter, $first: Int) { administrativeUnits(filter: $filter, first: $first) { nodes { code } } }`;
    const answer = await post(url, token, JSON.stringify({ query, variables: { filter: { level, asOf: day }, first } }));
    if (answer.errors) throw new Error(`discovering ${level} units: ${answer.errors[0].message}`);
    return (answer.data as { administrativeUnits: { nodes: { code: string }[] } }).administrativeUnits.nodes.map((n) => n.code);
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each caller states the shape it reads
  const list = async <T>(query: string, pickOut: (data: any) => T[]) => {
    const answer = await post(url, token, JSON.stringify({ query }));
    if (answer.errors) throw new Error(`discovering: ${answer.errors[0].message}`);
    return pickOut(answer.data);
  };
  return {
    today: { provinces: await codes('PROVINCIAL', asOf), communes: await codes('COMMUNE', asOf) },
    before: {
      provinces: await codes('PROVINCIAL', '2024-09-30'),
      districts: await codes('DISTRICT', '2024-09-30'),
      communes: await codes('COMMUNE', '2024-09-30'),
    },
    caseReferences: await list('{ cases(first: 100) { nodes { reference } } }', (d: { cases: { nodes: { reference: string }[] } }) =>
      d.cases.nodes.map((n) => n.reference),
    ),
    programIds: await list(
      '{ coordinationPrograms(first: 50) { nodes { id } } }',
      (d: { coordinationPrograms: { nodes: { id: string }[] } }) => d.coordinationPrograms.nodes.map((n) => n.id),
    ),
    asOf,
  };
}

interface Pids {
  gateway: number;
  hive: number;
  subgraphs: Record<SubgraphName, number>;
  postgres: number;
}

function pidOn(port: number, what: string): number {
  const listener = listenerOf(port);
  if (!listener) throw new Error(`no process listens on port ${port} (${what})`);
  return listener.pid;
}

/** SQL statements sent so far by every subgraph, from their `/metrics`. */
async function statementsSent(): Promise<number> {
  let total = 0;
  for (const name of SUBGRAPH_NAMES) {
    const text = await (await fetch(`http://127.0.0.1:${PORTS[name]}/metrics`)).text();
    for (const match of text.matchAll(/^db_statements_total\{[^}]*\} (\d+(?:\.\d+)?)/gm)) total += Number(match[1]);
  }
  return total;
}

interface CpuSnapshot {
  gateway: number;
  subgraphs: Record<SubgraphName, number>;
  postgres: number;
}

function cpuSnapshot(pids: Pids, engine: Engine): CpuSnapshot {
  return {
    gateway: familyCpuMs(engine === 'ours' ? pids.gateway : pids.hive),
    subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, cpuMs(pids.subgraphs[name])])) as Record<SubgraphName, number>,
    postgres: postgresCpuMs(pids.postgres),
  };
}

interface RunResult {
  requests: number;
  seconds: number;
  latencies: number[];
  httpErrors: number;
  graphqlErrors: number;
  socketErrors: number;
  statements: number;
  cpu: CpuSnapshot;
  peakRssMb: number;
}

/** One measured run of `requests` (cycled) against an engine. */
async function measure(
  engine: Engine,
  url: string,
  token: string,
  requests: Request[],
  connections: number,
  seconds: number,
  pids: Pids,
): Promise<RunResult> {
  const enginePid = engine === 'ours' ? pids.gateway : pids.hive;
  let next = 0;
  let graphqlErrors = 0;
  const latencies: number[] = [];
  let peakRssMb = familyRssMb(enginePid);
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, familyRssMb(enginePid))), 250);
  const statementsBefore = await statementsSent();
  const cpuBefore = cpuSnapshot(pids, engine);
  const started = process.hrtime.bigint();
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration: seconds,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        requests: [
          {
            setupRequest: (request) => ({ ...request, body: requests[next++ % requests.length].body }),
            onResponse: (_status, responseBody) => {
              if (responseBody.includes('"errors"')) graphqlErrors += 1;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await finished;
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  const cpuAfter = cpuSnapshot(pids, engine);
  const statementsAfter = await statementsSent();
  return {
    requests: latencies.length,
    seconds: elapsed,
    latencies,
    httpErrors: result.non2xx,
    graphqlErrors,
    socketErrors: result.errors + result.timeouts,
    statements: statementsAfter - statementsBefore,
    cpu: {
      gateway: cpuAfter.gateway - cpuBefore.gateway,
      subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, cpuAfter.subgraphs[n] - cpuBefore.subgraphs[n]])) as Record<
        SubgraphName,
        number
      >,
      postgres: cpuAfter.postgres - cpuBefore.postgres,
    },
    peakRssMb,
  };
}

/** The p-th percentile of sorted latencies, in milliseconds to one decimal. */
/** Requests a second, to a tenth. */
function perSecond(requests: number, seconds: number): number {
  return Math.round((requests / seconds) * 10) / 10;
}

const ascending = (latencies: number[]) => [...latencies].sort((a, b) => a - b);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}

export interface Summary {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  statementsPerRequest: number;
  cpuMsPerRequest: { gateway: number; subgraphs: Record<SubgraphName, number>; postgres: number };
  peakRssMb: number;
  /** Each round on its own, in order: how far the machine's noise moves a load's figures. */
  byRound: { requestsPerSecond: number; p99: number }[];
}

/** The runs of one engine under one load, taken together. */
function summarize(runs: RunResult[]): Summary {
  const requests = runs.reduce((s, r) => s + r.requests, 0);
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  const sorted = ascending(runs.flatMap((r) => r.latencies));
  const per = (total: number) => (requests ? Math.round((total / requests) * 100) / 100 : 0);
  const sum = (pick: (r: RunResult) => number) => runs.reduce((s, r) => s + pick(r), 0);
  return {
    requestsPerSecond: perSecond(requests, seconds),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    requests,
    errors: sum((r) => r.httpErrors + r.graphqlErrors + r.socketErrors),
    statementsPerRequest: per(sum((r) => r.statements)),
    cpuMsPerRequest: {
      gateway: per(sum((r) => r.cpu.gateway)),
      subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, per(sum((r) => r.cpu.subgraphs[n]))])) as Record<SubgraphName, number>,
      postgres: per(sum((r) => r.cpu.postgres)),
    },
    peakRssMb: Math.round(Math.max(...runs.map((r) => r.peakRssMb))),
    byRound: runs.map((r) => ({ requestsPerSecond: perSecond(r.requests, r.seconds), p99: percentile(ascending(r.latencies), 99) })),
  };
}

function requestsFor(load: Load, fixtures: Fixtures): Request[] {
  if (load === 'mix') return mixOf(fixtures);
  if (load === 'burst') return burstOf(fixtures);
  if (load === 'province-compliance') return provinceComplianceOf(fixtures);
  if (load === 'province-statistics') return provinceStatisticsOf(fixtures);
  return requestsOf(load as QueryKind, fixtures);
}

/** Both engines must give the same answers, or the comparison means nothing. */
async function checkParity(urls: Record<Engine, string>, token: string, fixtures: Fixtures): Promise<string[]> {
  const differences: string[] = [];
  for (const kind of ['overview', 'compliance', 'statistics', 'case', 'program'] as QueryKind[]) {
    for (const request of requestsOf(kind, fixtures, 3)) {
      const [ours, hive] = await Promise.all(ENGINES.map((engine) => post(urls[engine], token, request.body)));
      if (ours.errors) differences.push(`${kind}: our gateway answered errors: ${ours.errors[0].message}`);
      if (!isDeepStrictEqual(ours.data, hive.data) || !!ours.errors !== !!hive.errors) {
        differences.push(`${kind}: the engines' answers differ for ${request.body.slice(-120)}`);
      }
    }
  }
  return differences;
}

function ratio(a: number, b: number): number {
  return b ? Math.round((a / b) * 100) / 100 : 0;
}

interface Soak {
  engine: Engine;
  samples: { second: number; rssMb: number }[];
  growthAfterWarmUpMb: number;
}

function markdown(results: Record<string, Record<Engine, Summary>>, meta: Record<string, unknown>, soaks: Soak[]): string {
  const lines = [
    `Benchmark of ${meta.startedAt}: ${meta.data}; ${meta.rounds} alternating rounds of ${meta.duration} s per load and engine (the mix ${roundsOf('mix', Number(meta.rounds))}); ` +
      `${meta.connections} clients (burst ${meta.burstConnections}, province-* 1); our gateway in ${meta.gatewayWorkers} process(es) (GATEWAY_WORKERS) with ${meta.subgraphConnections} connections to each subgraph (SUBGRAPH_CONNECTIONS); ${meta.cores} cores shared by everything.`,
    '',
    '| load | engine | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req | CPU ms/req gateway | subgraphs | PostgreSQL | peak RSS MB | ours/Hive req/s | ours/Hive p99 |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [load, byEngine] of Object.entries(results)) {
    for (const engine of ENGINES) {
      const s = byEngine[engine];
      const subgraphs = Object.values(s.cpuMsPerRequest.subgraphs).reduce((a, b) => a + b, 0);
      const ratios =
        engine === 'ours' ? `${ratio(s.requestsPerSecond, byEngine.hive.requestsPerSecond)}× | ${ratio(s.p99, byEngine.hive.p99)}×` : ' | ';
      lines.push(
        `| ${load} | ${engine === 'ours' ? 'our gateway' : 'Hive Gateway (Rust planner)'} | ${s.requestsPerSecond} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.errors} | ${s.statementsPerRequest} | ` +
          `${s.cpuMsPerRequest.gateway} | ${Math.round(subgraphs * 100) / 100} | ${s.cpuMsPerRequest.postgres} | ${s.peakRssMb} | ${ratios} |`,
      );
    }
  }
  // A round's two runs are back to back (ours then Hive, then Hive then ours): their ratio
  // compares the engines at one moment of the machine.
  lines.push('', 'Round by round, ours/Hive (req/s; p99):', '');
  for (const [load, { ours, hive }] of Object.entries(results)) {
    const rounds = ours.byRound.map(
      (o, i) => `${ratio(o.requestsPerSecond, hive.byRound[i].requestsPerSecond)}×; ${ratio(o.p99, hive.byRound[i].p99)}×`,
    );
    lines.push(`- ${load}: ${rounds.join(' · ')}`);
  }
  for (const soak of soaks) {
    lines.push(
      '',
      `Soak of ${soak.engine === 'ours' ? 'our gateway' : 'Hive Gateway'} under the mix: RSS ${soak.samples.map((s) => s.rssMb).join(', ')} MB ` +
        `(every 5 s); from a quarter of the way in to the end: ${soak.growthAfterWarmUpMb > 0 ? '+' : ''}${soak.growthAfterWarmUpMb} MB.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function soak(engine: Engine, url: string, token: string, requests: Request[], connections: number, seconds: number, pid: number) {
  const samples: { second: number; rssMb: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(
    () => samples.push({ second: Math.round((Date.now() - started) / 1000), rssMb: Math.round(familyRssMb(pid)) }),
    5000,
  );
  let next = 0;
  await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (request) => ({ ...request, body: requests[next++ % requests.length].body }) }],
  });
  clearInterval(sampler);
  // Growth after warm-up: the last sample against the one a quarter of the way in.
  const warm = samples[Math.floor(samples.length / 4)]?.rssMb ?? 0;
  const last = samples.at(-1)?.rssMb ?? 0;
  return { engine, samples, growthAfterWarmUpMb: last - warm };
}

async function main() {
  const opts = options();
  if (!opts) return say(USAGE);
  mkdirSync(opts.dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: opts.dataDir,
    EMBEDDED_POSTGRES_PORT: String(PORTS.postgres),
    GATEWAY_PORT: String(PORTS.gateway),
    LOG_LEVEL: 'warn',
    // Enough connections for the load; the same pools serve both engines.
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_PORT`, String(PORTS[name])])),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_DATABASE_POOL_SIZE`, '20'])),
  };
  build();
  const log = join(opts.dataDir, 'bench.log');
  say(`starting the system on ${opts.dataDir} (log: ${log}) ...`);
  const system = startProcess('scripts/start.ts', env, log);
  const ours = `http://127.0.0.1:${PORTS.gateway}/graphql`;
  await waitFor('npm start', () => fetch(`http://127.0.0.1:${PORTS.gateway}/ready`).then((r) => r.ok), 15 * 60_000, system);

  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_URL`, `http://127.0.0.1:${PORTS[name]}/graphql`]));
  const supergraphFile = join(opts.dataDir, 'bench-supergraph.graphql');
  writeFileSync(supergraphFile, composeSupergraph(urls).supergraphSdl!);
  const hiveProcess = startProcess(
    'bench/hive.ts',
    { ...process.env, HIVE_PORT: String(PORTS.hive), SUPERGRAPH_SDL_FILE: supergraphFile },
    log,
  );
  const hive = `http://127.0.0.1:${PORTS.hive}/graphql`;

  // The same data directory's key signs the token both engines forward.
  process.env.DATA_DIR = opts.dataDir;
  keyDirFromDataDir();
  const token = await signDevelopmentToken(
    { sub: 'bench', org: { type: 'MassMobilizationCommission', id: 'MMC-VN' }, roles: ['reader'] },
    '6h',
  );
  await waitFor('Hive Gateway', () => post(hive, token, '{"query":"{ __typename }"}').then((r) => !r.errors), 60_000, hiveProcess);

  const pids: Pids = {
    gateway: pidOn(PORTS.gateway, 'our gateway'),
    hive: pidOn(PORTS.hive, 'Hive Gateway'),
    subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, pidOn(PORTS[name], `the ${name} subgraph`)])) as Record<
      SubgraphName,
      number
    >,
    postgres: pidOn(PORTS.postgres, 'PostgreSQL'),
  };
  const engineUrl: Record<Engine, string> = { ours, hive };
  const fixtures = await discover(ours, token, opts.asOf);
  say(
    `found ${fixtures.today.provinces.length} provinces and ${fixtures.today.communes.length} communes today, ` +
      `${fixtures.before.provinces.length} provinces and ${fixtures.before.districts.length} districts in 2024, ` +
      `${fixtures.caseReferences.length} cases, ${fixtures.programIds.length} programs`,
  );
  const differences = await checkParity(engineUrl, token, fixtures);
  for (const difference of differences) say(`  parity: ${difference}`);
  if (differences.length === 0) say('both engines give the same answers to every scenario');

  // Warm both up (JIT, plan caches, pools) before anything is measured, as long as a measured
  // run: the subgraphs, shared by both, are still compiling their hot paths after a few seconds,
  // and the engine measured first would pay for it (their CPU per request was 15-25% higher then).
  for (const engine of ENGINES) await measure(engine, engineUrl[engine], token, mixOf(fixtures), opts.connections, opts.duration, pids);

  const results: Record<string, Record<Engine, Summary>> = {};
  for (const load of opts.loads) {
    const requests = requestsFor(load, fixtures);
    const connections = SINGLE_CLIENT.includes(load) ? 1 : load === 'burst' ? opts.burstConnections : opts.connections;
    const runs: Record<Engine, RunResult[]> = { ours: [], hive: [] };
    // Each load's own requests warm both engines first, unmeasured: a load's units and periods are
    // not all in the mix's warm-up, and the engine measured first (ours, in the first round) paid
    // alone for reading them into PostgreSQL's buffers: a tail of slow requests in its p99.
    for (const engine of ENGINES) await measure(engine, engineUrl[engine], token, requests, connections, LOAD_WARM_UP_S, pids);
    for (let round = 0; round < roundsOf(load, opts.rounds); round += 1) {
      const order = round % 2 === 0 ? ENGINES : [...ENGINES].reverse();
      for (const engine of order)
        runs[engine].push(await measure(engine, engineUrl[engine], token, requests, connections, opts.duration, pids));
    }
    results[load] = { ours: summarize(runs.ours), hive: summarize(runs.hive) };
    const [o, h] = [results[load].ours, results[load].hive];
    say(
      `${load.padEnd(10)} ours ${o.requestsPerSecond} req/s p99 ${o.p99} ms, Hive ${h.requestsPerSecond} req/s p99 ${h.p99} ms: ` +
        `${ratio(o.requestsPerSecond, h.requestsPerSecond)}× throughput, ${ratio(o.p99, h.p99)}× p99`,
    );
  }

  const soaks: Soak[] = [];
  if (opts.soak > 0) {
    for (const engine of ENGINES) {
      const result = await soak(
        engine,
        engineUrl[engine],
        token,
        mixOf(fixtures),
        opts.connections,
        opts.soak,
        engine === 'ours' ? pids.gateway : pids.hive,
      );
      say(`soak ${engine}: RSS ${result.samples.map((s) => s.rssMb).join(' ')} MB; growth after warm-up ${result.growthAfterWarmUpMb} MB`);
      soaks.push(result);
    }
  }

  const startedAt = new Date().toISOString();
  const meta = {
    startedAt,
    data: existsSync(join(opts.dataDir, 'postgres')) ? opts.dataDir.replace(`${projectRoot}/`, '') : opts.dataDir,
    asOf: opts.asOf,
    rounds: opts.rounds,
    duration: opts.duration,
    connections: opts.connections,
    burstConnections: opts.burstConnections,
    cores: (await import('node:os')).availableParallelism(),
    gatewayWorkers: Number(process.env.GATEWAY_WORKERS ?? 1),
    subgraphConnections: Number(process.env.SUBGRAPH_CONNECTIONS ?? DEFAULT_SUBGRAPH_CONNECTIONS),
    fixtures: {
      provincesToday: fixtures.today.provinces.length,
      communesToday: fixtures.today.communes.length,
      cases: fixtures.caseReferences.length,
    },
    parityDifferences: differences,
  };
  const dir = join(projectRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = startedAt.replace(/[:.]/g, '-');
  const table = markdown(results, meta, soaks);
  writeFileSync(join(dir, `${stamp}.json`), `${JSON.stringify({ meta, results, soaks }, null, 2)}\n`);
  writeFileSync(join(dir, `${stamp}.md`), table);
  say('');
  say(table);
  say(`written to bench/results/${stamp}.json and .md`);
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`npm run bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
