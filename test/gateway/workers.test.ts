import { freePort } from '../../scripts/embeddedPostgres';
import { childrenOf, commandOf } from '../../scripts/processes';
import { envPrefix, SUBGRAPH_NAMES } from '../../lib';
import { eventually, ServiceProcess, sleep } from '../faults/support';
import { postGraphQL, Services, tokenFor } from '../support/services';

/**
 * GATEWAY_WORKERS: the gateway's entry point as deployed, forking two workers that share
 * its port, in front of real subgraphs. Both serve the same answers; a worker that dies
 * is replaced; SIGTERM stops them all and the process exits 0.
 */

let services: Services;
let gateway: ServiceProcess;
let url: string;

/** The gateway's workers: its children running the gateway's entry (tsx may have an esbuild child too). */
function workersOf(pid: number): number[] {
  return childrenOf(pid).filter((child) => commandOf(child)?.includes('gateway/main.ts'));
}

beforeAll(async () => {
  services = await Services.start();
  const port = await freePort();
  url = `http://localhost:${port}/graphql`;
  gateway = new ServiceProcess('gateway/main.ts', {
    GATEWAY_PORT: String(port),
    GATEWAY_WORKERS: '2',
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_URL`, services.subgraphs[name]!.server.url])),
  });
  await gateway.logged(/"workers":2[^\n]*gateway ready/);
});

afterAll(async () => {
  await gateway.kill();
  await services.stop();
});

const OVERVIEW = `{ administrativeUnit(code: "60", asOf: "2024-09-30") { name partyCommittee { name } stateAgencies { id } frontOrganizations { id } armedUnits { id } } }`;

it('serves from two worker processes the answers of a single gateway, and replaces a worker that dies', async () => {
  const workers = workersOf(gateway.child.pid!);
  expect(workers).toHaveLength(2);
  const expected = await services.queryGateway(OVERVIEW);
  expect(expected.errors).toBeUndefined();
  const token = await tokenFor();
  const answers = await Promise.all(Array.from({ length: 8 }, () => postGraphQL(url, OVERVIEW, {}, token)));
  for (const answer of answers) expect(answer.data).toEqual(expected.data);

  // A worker that has run a while and dies is replaced; the port keeps answering meanwhile.
  await sleep(5_000);
  process.kill(workers[0], 'SIGKILL');
  await eventually(
    'a new worker replacing the dead one',
    async () => workersOf(gateway.child.pid!).filter((pid) => pid !== workers[0]).length === 2,
    20_000,
  );
  expect((await postGraphQL(url, OVERVIEW, {}, token)).data).toEqual(expected.data);
});

it('stops every worker on SIGTERM and exits 0', async () => {
  const workers = workersOf(gateway.child.pid!);
  gateway.child.kill('SIGTERM');
  expect((await gateway.exited).code).toBe(0);
  for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
});
