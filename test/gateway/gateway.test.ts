import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { startGateway } from '../../gateway/server';
import { RunningServer } from '../../lib';
import { postGraphQL, Services, tokenFor } from '../support/services';

let services: Services;

beforeAll(async () => {
  services = await Services.start();
});

afterAll(async () => {
  await services?.stop();
});

describe('the gateway', () => {
  it('answers /health and /ready without a token; /ready with each subgraph ready', async () => {
    const base = services.gateway!.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      subgraphs: { party: { ready: true }, state: { ready: true }, front: { ready: true }, 'armed-forces': { ready: true } },
    });
  });

  it('refuses a query without a token', async () => {
    const { status, errors, data } = await services.queryGateway('{ administrativeUnit(code: "60") { name } }', {}, null);
    expect(status).toBe(401);
    expect(data).toBeUndefined();
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const expired = await tokenFor({}, '-1m');
    const { errors } = await services.queryGateway('{ administrativeUnit(code: "60") { name } }', {}, expired);
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(errors?.[0].message).toMatch(/expired/);
  });

  it('forwards the token: each subgraph also refuses direct calls without one', async () => {
    for (const name of ['party', 'state', 'front', 'armed-forces'] as const) {
      const { status, errors } = await services.querySubgraph(name, '{ _service { sdl } }', {}, null);
      expect(status).toBe(401);
      expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('a subgraph that does not answer', () => {
  let hung: Server;
  let gateway: RunningServer;

  beforeAll(async () => {
    // Accepts connections and never answers: the worst case for a gateway without a timeout.
    hung = createServer(() => {});
    await new Promise<void>((resolve) => hung.listen(0, resolve));
    const hungUrl = `http://localhost:${(hung.address() as AddressInfo).port}/graphql`;
    gateway = await startGateway({
      port: 0,
      subgraphUrls: {
        party: hungUrl,
        state: services.subgraphs.state!.server.url,
        front: services.subgraphs.front!.server.url,
        'armed-forces': services.subgraphs['armed-forces']!.server.url,
      },
      // Long enough that the subgraphs that do answer are never cut off on a loaded machine.
      subgraphTimeoutMs: 2_000,
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    hung?.closeAllConnections();
    await new Promise((resolve) => hung?.close(resolve));
  });

  it("is given up on after the timeout, and the others' data still comes back", async () => {
    const started = Date.now();
    const { data, errors } = await postGraphQL(
      gateway.url,
      '{ administrativeUnit(code: "60") { name armedUnits { id } partyCommittee { id } } }',
      {},
      await tokenFor(),
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(data?.administrativeUnit).toEqual({
      name: 'Tỉnh Bình Thuận',
      armedUnits: [{ id: 'BG-60' }, { id: 'MC-60' }, { id: 'POL-60' }],
      partyCommittee: null,
    });
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'party' });
    expect(errors![0].message).toMatch(/party subgraph did not answer/);
    // No subgraph URL, network error text or raw subgraph body reaches the client.
    expect(JSON.stringify(errors)).not.toMatch(/localhost|127\.0\.0\.1|ECONNREFUSED|abort|timeout|response/i);
  });

  it('makes the gateway not ready, naming it, while /health stays 200', async () => {
    const base = gateway.url.replace(/\/graphql$/, '');
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { subgraphs: Record<string, unknown> }).subgraphs.party).toEqual({
      ready: false,
      reason: expect.stringMatching(/did not answer within/),
    });
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});
