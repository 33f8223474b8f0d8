import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runningPostmaster } from '../../scripts/embeddedPostgres';
import { commandOf, isPortFree } from '../../scripts/processes';
import { envPrefix, projectRoot, SUBGRAPH_NAMES } from '../../lib';

/**
 * `npm start` as a developer or a process manager runs it: really `npm start`, a
 * child process, on ports of its own and a data directory of its own (DATA_DIR),
 * with its own embedded PostgreSQL. Stopped by a signal to npm's pid only, it must
 * leave no process of its run behind (checked by the process tree, not by name:
 * other runs may be going on on this machine) and every port free.
 */

const SERVICES = [...SUBGRAPH_NAMES, 'gateway'] as const;

interface Run {
  npm: ChildProcess;
  ports: Record<string, number>;
  output: () => string;
  exited: Promise<void>;
}

const dataDir = mkdtempSync(join(tmpdir(), 'dan-van-start-'));
// Run as root, PostgreSQL runs as the `postgres` user, which must be able to reach its data directory.
chmodSync(dataDir, 0o755);
let ports: Record<string, number>;
/** Every process any run had, to kill should a test fail half-way. */
const seen = new Map<number, string>();

beforeAll(async () => {
  ports = {};
  for (const name of [...SERVICES.map((service) => `${envPrefix(service)}_PORT`), 'EMBEDDED_POSTGRES_PORT']) ports[name] = await freePort();
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** The environment of a developer's shell: no test database, the key in DATA_DIR. */
function startEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.endsWith('DATABASE_URL') && key !== 'JWT_KEY_DIR'));
  return { ...env, DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([key, port]) => [key, String(port)])), ...extra };
}

const runs: Run[] = [];

function npmStart(extraEnv?: NodeJS.ProcessEnv): Run {
  const npm = spawn('npm', ['start'], { cwd: projectRoot, env: startEnv(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
  tree(npm.pid!);
  let output = '';
  npm.stdout!.on('data', (chunk) => (output += chunk));
  npm.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
  const run = { npm, ports, output: () => output, exited };
  runs.push(run);
  return run;
}

/** After a failed test: what is left of its runs goes, so that the next test finds its ports free. */
afterEach(async () => {
  for (const run of runs.splice(0)) if (run.npm.exitCode === null && run.npm.signalCode === null) tree(run.npm.pid!);
  const postmaster = runningPostmaster(join(dataDir, 'postgres'));
  if (postmaster) tree(postmaster.pid);
  const left = new Map([...seen].filter(([pid, start]) => alive(pid, start)));
  for (const [pid] of left) process.kill(pid, pid === postmaster?.pid ? 'SIGINT' : 'SIGKILL');
  await gone(left);
}, 60_000);

/**
 * Until the gateway's /ready answers 200 and npm start has said it is done (it
 * prints the URLs after its own readiness check); fails with npm's output when npm
 * ends first.
 */
async function ready(run: Run): Promise<void> {
  await until(run, () =>
    fetch(`http://localhost:${run.ports.GATEWAY_PORT}/ready`).then(
      (r) => r.ok,
      () => false,
    ),
  );
  await until(run, () => run.output().includes('press Ctrl-C to stop'));
}

async function until(run: Run, condition: () => boolean | Promise<boolean>): Promise<void> {
  let ended = false;
  void run.exited.then(() => (ended = true));
  for (;;) {
    if (await condition()) return;
    if (ended) throw new Error(`npm start ended first:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** `/proc/<pid>/stat`: state, parent and start time (which tells a reused pid apart). */
function stat(pid: number): { state: string; ppid: number; start: string } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], ppid: Number(fields[1]), start: fields[19] };
  } catch {
    return undefined;
  }
}

function alive(pid: number, start: string): boolean {
  const now = stat(pid);
  return now !== undefined && now.start === start && now.state !== 'Z';
}

/** The process and every process below it, with their start times. */
function tree(root: number): Map<number, string> {
  const children = new Map<number, number[]>();
  const starts = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(Number(entry));
    if (!s) continue;
    starts.set(Number(entry), s.start);
    children.set(s.ppid, [...(children.get(s.ppid) ?? []), Number(entry)]);
  }
  const found = new Map<number, string>();
  const visit = (pid: number) => {
    if (!starts.has(pid)) return;
    found.set(pid, starts.get(pid)!);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  for (const [pid, start] of found) seen.set(pid, start);
  return found;
}

/** Until none of the processes is left (a pid reused by another process does not count). */
async function gone(processes: Map<number, string>): Promise<void> {
  while ([...processes].some(([pid, start]) => alive(pid, start))) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** No PostgreSQL left on the run's data directory; if one is, npm start's output says why. */
function expectNoPostgres(run: Run): void {
  const postmaster = runningPostmaster(join(dataDir, 'postgres'));
  if (postmaster) throw new Error(`PostgreSQL (pid ${postmaster.pid}) outlived npm start, whose output was:\n${run.output()}`);
}

async function portsFree(): Promise<Record<string, boolean>> {
  return Object.fromEntries(await Promise.all(Object.entries(ports).map(async ([name, port]) => [name, await isPortFree(port)] as const)));
}
const allFree = () => Object.fromEntries(Object.keys(ports).map((name) => [name, true]));

/** A token from `npm run token` with the same DATA_DIR. */
function token(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'token', '--', '--org', 'MassMobilizationCommission:MMC-60', '--role', 'reader'], {
      cwd: projectRoot,
      env: startEnv(),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`npm run token exited ${code}`))));
  });
}

describe('npm start', () => {
  it('stops everything it started on SIGTERM to npm, with the key and the database in DATA_DIR', async () => {
    const run = npmStart();
    await ready(run);
    expect(run.output()).toContain(`gateway        http://localhost:${ports.GATEWAY_PORT}/graphql`);
    expect(run.output()).toContain(`starting embedded PostgreSQL in ${join(dataDir, 'postgres')}`);
    // `npm run token` with the same DATA_DIR signs with the key the gateway and subgraphs verify with.
    const response = await fetch(`http://localhost:${ports.GATEWAY_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}` },
      body: JSON.stringify({ query: '{ administrativeUnit(code: "60") { name } }' }),
    });
    expect(await response.json()).toEqual({ data: { administrativeUnit: { name: 'Tỉnh Bình Thuận' } } });
    expect(readdirSync(join(dataDir, 'jwt'))).toEqual(['development-key.json']);

    const processes = tree(run.npm.pid!);
    const commands = [...processes.keys()].map((pid) => commandOf(pid) ?? '');
    for (const service of SUBGRAPH_NAMES) expect(commands.some((c) => c.includes(`subgraphs/${service}/main.ts`))).toBe(true);
    expect(commands.some((c) => c.includes('gateway/main.ts'))).toBe(true);
    expect(commands.some((c) => c.includes(`postgres -D ${join(dataDir, 'postgres')}`))).toBe(true);

    process.kill(run.npm.pid!, 'SIGTERM');
    await run.exited;
    await gone(processes);
    expect(await portsFree()).toEqual(allFree());
  }, 240_000);

  it('stops everything when npm dies of SIGHUP (which it does not forward), even half-way through its start', async () => {
    const run = npmStart();
    // PostgreSQL is starting: the stop must wait for it, to stop it too.
    await until(run, () => run.output().includes('starting embedded PostgreSQL'));
    const processes = tree(run.npm.pid!);
    process.kill(run.npm.pid!, 'SIGHUP');
    await run.exited;
    await gone(processes);
    // PostgreSQL, had it outlived this run, would hold its data directory and port.
    expectNoPostgres(run);
    expect(await portsFree()).toEqual(allFree());
    expect(run.output()).not.toContain('press Ctrl-C to stop');
  }, 240_000);

  it('stops PostgreSQL before it exits when an error nothing awaited reaches it, and says what failed', async () => {
    const run = npmStart({ NODE_OPTIONS: `--require ${join(__dirname, 'failWhilePostgresStarts.cjs')}` });
    await run.exited;
    expect(run.npm.exitCode).toBe(1);
    expect(run.output()).toContain('npm start: an error nothing awaited\n');
    // Not Node's report of a crash: the process that died of one left PostgreSQL stopping, or running.
    expect(run.output()).not.toMatch(/^\s+at /m);
    expectNoPostgres(run);
    expect(await portsFree()).toEqual(allFree());
  }, 240_000);

  it('leaves no subgraph or gateway behind when it is killed with SIGKILL; the next start names the PostgreSQL left running', async () => {
    const run = npmStart();
    await ready(run);
    const processes = tree(run.npm.pid!);
    const orchestrator = [...processes.keys()].find((pid) => commandOf(pid)?.includes('scripts/start.ts'))!;
    const postgres = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const postgresTree = tree(postgres);
    process.kill(orchestrator, 'SIGKILL');
    await run.exited;
    // Everything but PostgreSQL, which cannot watch its parent, goes by itself.
    await gone(new Map([...processes].filter(([pid]) => !postgresTree.has(pid))));
    const freed = await portsFree();
    expect(freed).toEqual({ ...allFree(), EMBEDDED_POSTGRES_PORT: false });

    const again = npmStart();
    await again.exited;
    expect(again.npm.exitCode).toBe(1);
    const errors = again
      .output()
      .split('\n')
      .filter((line) => line.startsWith('npm start:'));
    expect(errors).toEqual([
      `npm start: PostgreSQL (postmaster pid ${postgres}, port ${ports.EMBEDDED_POSTGRES_PORT}) already runs on ${join(dataDir, 'postgres')}, left by an earlier run or used by another: stop it with \`kill ${postgres}\`, or set DATA_DIR to use another data directory`,
    ]);

    // What the message says to do.
    process.kill(postgres, 'SIGTERM');
    await gone(postgresTree);
    expect(await portsFree()).toEqual(allFree());
  }, 240_000);

  it('says in one line which port is taken, by which process, and what to set, before starting anything', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(ports.PARTY_PORT, resolve));
    try {
      const run = npmStart();
      await run.exited;
      expect(run.npm.exitCode).toBe(1);
      expect(run.output()).toContain(
        `npm start: port ${ports.PARTY_PORT} (PARTY_PORT) is in use by pid ${process.pid} (${commandOf(process.pid)!.slice(0, 100)}): stop it with \`kill ${process.pid}\`, or set PARTY_PORT to a free port\n`,
      );
      expect(run.output()).not.toContain('starting embedded PostgreSQL');
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  }, 60_000);
});
