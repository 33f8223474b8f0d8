import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { READY_PROBE_TIMEOUT_MS, readyUrlOf } from '../../gateway/readiness';
import { startGateway } from '../../gateway/server';
import { RunningServer, startSubgraphServer, SubgraphName } from '../../lib';
import { subgraphDefinition } from '../../subgraphs';
import { Services } from '../support/services';

/**
 * The gateway's `/ready` (issue 7, item 14): ready while every subgraph's own
 * `/ready` answers 200, 503 naming the ones that do not, answered within a bounded
 * time even when a subgraph hangs; `/health` is liveness only. Real subgraphs on the
 * seeded databases (read only), a real gateway, stand-ins for the failing subgraph.
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start();
});

afterAll(async () => {
  await services?.stop();
});

const READY_EVERYWHERE = {
  party: { ready: true },
  state: { ready: true },
  front: { ready: true },
  'armed-forces': { ready: true },
};

async function get(server: RunningServer, path: '/ready' | '/health') {
  const response = await fetch(server.url.replace(/\/graphql$/, path));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function gatewayWith(replaced: Partial<Record<SubgraphName, string>>): Promise<RunningServer> {
  const url = (name: SubgraphName) => replaced[name] ?? services.subgraphs[name]!.server.url;
  return startGateway({
    port: 0,
    subgraphUrls: { party: url('party'), state: url('state'), front: url('front'), 'armed-forces': url('armed-forces') },
    subgraphTimeoutMs: 10_000,
  });
}

function listening(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, () => resolve(`http://localhost:${(server.address() as AddressInfo).port}/graphql`)));
}

async function closed(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

describe("the gateway's /ready", () => {
  it('is 200 with every subgraph ready', async () => {
    expect(await get(services.gateway!, '/ready')).toEqual({ status: 200, body: { status: 'ready', subgraphs: READY_EVERYWHERE } });
  });

  it('is 200 while a subgraph runs and 503 naming it once it is stopped; /health stays 200', async () => {
    const party = await startSubgraphServer(subgraphDefinition('party'), services.subgraphs.party!.db, 0);
    let partyRunning = true;
    const gateway = await gatewayWith({ party: party.url });
    try {
      expect(await get(gateway, '/ready')).toEqual({ status: 200, body: { status: 'ready', subgraphs: READY_EVERYWHERE } });

      await party.stop();
      partyRunning = false;
      expect(await get(gateway, '/ready')).toEqual({
        status: 503,
        body: { status: 'unavailable', subgraphs: { ...READY_EVERYWHERE, party: { ready: false, reason: 'it could not be reached' } } },
      });
      expect(await get(gateway, '/health')).toEqual({ status: 200, body: { status: 'ok' } });
    } finally {
      if (partyRunning) await party.stop();
      await gateway.stop();
    }
  });

  it('is 503 within a bounded time when a subgraph accepts the connection and never answers', async () => {
    const hung = createServer(() => {});
    const gateway = await gatewayWith({ 'armed-forces': await listening(hung) });
    try {
      const started = Date.now();
      const ready = await get(gateway, '/ready');
      const elapsed = Date.now() - started;
      expect(ready).toEqual({
        status: 503,
        body: {
          status: 'unavailable',
          subgraphs: {
            ...READY_EVERYWHERE,
            'armed-forces': { ready: false, reason: `its /ready did not answer within ${READY_PROBE_TIMEOUT_MS} ms` },
          },
        },
      });
      // Bounded by the probe's timeout (the probes run in parallel), not by the 10 s subgraph timeout; generous for a shared machine.
      expect(elapsed).toBeLessThan(10_000);
      expect(await get(gateway, '/health')).toEqual({ status: 200, body: { status: 'ok' } });
    } finally {
      await gateway.stop();
      await closed(hung);
    }
  });

  it('reports a subgraph whose own /ready says it is not ready, without its details', async () => {
    // A subgraph whose database is down answers 503 with the database's error; the gateway repeats only the status.
    const notReady = createServer((_req, res) => {
      res
        .writeHead(503, { 'content-type': 'application/json' })
        .end(JSON.stringify({ status: 'unavailable', error: 'connect ECONNREFUSED 10.0.0.7:5432' }));
    });
    // A port nobody listens on any more: connections to it are refused.
    const vacated = createServer();
    const nobody = await listening(vacated);
    await closed(vacated);
    const gateway = await gatewayWith({ front: await listening(notReady), state: nobody });
    try {
      const { status, body } = await get(gateway, '/ready');
      expect(status).toBe(503);
      expect(body.subgraphs).toEqual({
        ...READY_EVERYWHERE,
        front: { ready: false, reason: 'its /ready answered HTTP 503' },
        state: { ready: false, reason: 'it could not be reached' },
      });
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|10\.0\.0\.7|localhost/);
    } finally {
      await gateway.stop();
      await closed(notReady);
    }
  });
});

describe('readyUrlOf', () => {
  it("is the subgraph's /ready beside its GraphQL path", () => {
    expect(readyUrlOf('http://state:4002/graphql').toString()).toBe('http://state:4002/ready');
    expect(readyUrlOf('https://graph.example.gov.vn/party/graphql').toString()).toBe('https://graph.example.gov.vn/party/ready');
  });
});
