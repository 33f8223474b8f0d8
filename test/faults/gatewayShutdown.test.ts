import { Agent, request } from 'node:http';
import { freePort } from '../../scripts/embeddedPostgres';
import { Services, tokenFor } from '../support/services';
import { within } from '../../lib';
import { HoldingProxy, ServiceProcess, sleep } from './support';

/**
 * SIGTERM to the gateway under load (issue 11, item 7), the gateway a real process
 * started as `npm run start:gateway` starts it: the requests in flight when the
 * signal comes are answered in full, every request sent after it is refused cleanly
 * (the connection refused, or 503: never a reset connection, a hang or half an
 * answer), and the process exits 0. A proxy in front of the state subgraph holds
 * requests, so that some are certainly in flight at the signal; clients keep their
 * connections alive and send again as soon as they are answered, as real ones do.
 *
 * One process, the default. With `GATEWAY_WORKERS=2` the same test passes too (each
 * worker drains, the supervisor exits 0); it is left out to keep the run short (three
 * processes to start), and test/gateway/workers.test.ts stops a supervised gateway.
 */
let services: Services;
let proxy: HoldingProxy;
let gateway: ServiceProcess;
let url: URL;
let token: string;

/**
 * Client `n`'s query: the unit and its armed units, under an alias of the client's own,
 * so that the gateway cannot share one subgraph fetch between clients (it shares
 * identical ones in flight) and each client's request is held on its own.
 */
const queryOf = (client: number) =>
  JSON.stringify({ query: `{ client${client}: administrativeUnit(code: "60") { name armedUnits { id } } }` });

beforeAll(async () => {
  services = await Services.start();
  proxy = await new HoldingProxy(services.subgraphs.state!.server.url).start();
  token = await tokenFor();
});

/** A gateway process of `workers` workers (1: the process itself serves) on a free port, once it is ready. */
async function startGatewayProcess(workers: number): Promise<void> {
  const port = await freePort();
  url = new URL(`http://127.0.0.1:${port}/graphql`);
  gateway = new ServiceProcess('gateway/main.ts', {
    GATEWAY_PORT: String(port),
    GATEWAY_WORKERS: String(workers),
    PARTY_URL: services.subgraphs.party!.server.url,
    STATE_URL: proxy.url,
    FRONT_URL: services.subgraphs.front!.server.url,
    ARMED_FORCES_URL: services.subgraphs['armed-forces']!.server.url,
  });
  await gateway.logged(/"msg":"gateway ready"/);
}

afterAll(async () => {
  await gateway?.kill();
  await proxy?.stop();
  await services?.stop();
});

/** How one request ended: its status and body, or the code of the error that ended it. */
type Outcome = { client: number; startedAt: number; status: number; body: string } | { client: number; startedAt: number; error: string };

/** POSTs client `client`'s query over `agent` (`false`: a connection of its own); never rejects. */
function send(client: number, agent: Agent | false): Promise<Outcome> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, timeout: 15_000 },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ client, startedAt, status: res.statusCode!, body }));
        res.on('error', (error: NodeJS.ErrnoException) => resolve({ client, startedAt, error: error.code ?? error.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 15 s')));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ client, startedAt, error: error.code ?? error.message }));
    req.end(queryOf(client));
  });
}

it('SIGTERM under load: requests in flight complete, later ones are refused cleanly, the process exits 0', async () => {
  await startGatewayProcess(1);
  const warmUp = await send(0, false);
  expect(warmUp).toMatchObject({ status: 200 });
  const { data, errors } = JSON.parse((warmUp as { body: string }).body) as { data: { client0: unknown }; errors?: unknown };
  expect(errors).toBeUndefined();
  const expected = (client: number) => ({ data: { [`client${client}`]: data.client0 } });

  // Clients on kept-alive connections, each sending again as soon as it is answered, until the gateway is gone.
  const agent = new Agent({ keepAlive: true });
  const outcomes: Outcome[] = [];
  let running = true;
  const clients = Array.from({ length: 6 }, async (_, client) => {
    while (running) {
      const outcome = await send(client + 1, agent);
      outcomes.push(outcome);
      if ('error' in outcome) await sleep(50);
    }
  });

  // Let them run a little, then hold the state subgraph's answers: every client has a request in flight.
  await sleep(500);
  proxy.hold();
  const receivedBefore = proxy.received;
  while (proxy.received < receivedBefore + 6) await sleep(20);
  const signalledAt = Date.now();
  gateway.child.kill('SIGTERM');

  // New connections while the held requests are still in flight: refused (or 503).
  await sleep(500);
  const newcomers = await Promise.all(Array.from({ length: 5 }, (_, i) => send(10 + i, false)));
  proxy.release();

  const exit = await within(gateway.exited, 12_000, 'still running after 12 s');
  running = false;
  await Promise.all(clients);
  agent.destroy();

  expect(exit).toEqual({ code: 0, signal: null });
  const before = outcomes.filter((outcome) => outcome.startedAt < signalledAt);
  // The clients' next requests (on the connections they kept alive, which the answers closed) and the newcomers.
  const next = outcomes.filter((outcome) => outcome.startedAt >= signalledAt);
  const after = [...next, ...newcomers];
  // At least the six held ones were in flight at the signal; each got its whole answer.
  expect(before.length).toBeGreaterThanOrEqual(6);
  for (const outcome of before) {
    expect(outcome).toMatchObject({ status: 200 });
    expect(JSON.parse((outcome as { body: string }).body)).toEqual(expected(outcome.client));
  }
  // Every later request was refused at the door: no reset connection, no timeout, no half answer.
  expect(next.length).toBeGreaterThanOrEqual(6);
  for (const outcome of after) expect(String('error' in outcome ? outcome.error : outcome.status)).toMatch(/^(ECONNREFUSED|503)$/);
  expect(gateway.log).toMatch(/"msg":"stopping"/);
});
