import { ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { freePort } from '../../scripts/embeddedPostgres';
import { envPrefix, projectRoot, SUBGRAPH_NAMES } from '../../lib';
import { postGraphQL, Services, tokenFor } from '../support/services';

/**
 * GATEWAY_WORKERS: the gateway's entry point as deployed, forking two workers that share
 * its port, in front of real subgraphs. Both serve the same answers; a worker that dies
 * is replaced; SIGTERM stops them all and the process exits 0.
 */

let services: Services;
let gateway: ChildProcess;
let url: string;
let log = '';

/** The gateway's workers: its children running the gateway's entry (tsx may have an esbuild child too). */
function workersOf(pid: number): number[] {
  return childrenOf(pid).filter((child) => {
    try {
      return readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('gateway/main.ts');
    } catch {
      return false;
    }
  });
}

function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function until(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms; log:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  services = await Services.start();
  const port = await freePort();
  url = `http://localhost:${port}/graphql`;
  gateway = spawn(process.execPath, ['--import', 'tsx', 'gateway/main.ts'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME ?? '/tmp',
      JWT_KEY_DIR: process.env.JWT_KEY_DIR!,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      GATEWAY_PORT: String(port),
      GATEWAY_WORKERS: '2',
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_URL`, services.subgraphs[name]!.server.url])),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  gateway.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await until(() => /"workers":2[^\n]*gateway ready/.test(log), 'the gateway with two workers starting');
});

afterAll(async () => {
  if (gateway.exitCode === null && gateway.signalCode === null) gateway.kill('SIGKILL');
  await services.stop();
});

const OVERVIEW = `{ administrativeUnit(code: "60", asOf: "2024-09-30") { name partyCommittee { name } stateAgencies { id } frontOrganizations { id } armedUnits { id } } }`;

it('serves from two worker processes the answers of a single gateway, and replaces a worker that dies', async () => {
  const workers = workersOf(gateway.pid!);
  expect(workers).toHaveLength(2);
  const expected = await services.queryGateway(OVERVIEW);
  expect(expected.errors).toBeUndefined();
  const token = await tokenFor();
  const answers = await Promise.all(Array.from({ length: 8 }, () => postGraphQL(url, OVERVIEW, {}, token)));
  for (const answer of answers) expect(answer.data).toEqual(expected.data);

  // A worker that has run a while and dies is replaced; the port keeps answering meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  process.kill(workers[0], 'SIGKILL');
  await until(() => workersOf(gateway.pid!).filter((pid) => pid !== workers[0]).length === 2, 'a new worker replacing the dead one');
  expect((await postGraphQL(url, OVERVIEW, {}, token)).data).toEqual(expected.data);
});

it('stops every worker on SIGTERM and exits 0', async () => {
  const workers = workersOf(gateway.pid!);
  const exited = new Promise<number | null>((resolve) => gateway.once('exit', resolve));
  gateway.kill('SIGTERM');
  expect(await exited).toBe(0);
  for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
});
