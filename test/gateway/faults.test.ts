import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { defaultRequestTimeoutMs, gatewayConfig } from '../../gateway/config';
import { GatewayOptions, startGateway } from '../../gateway/server';
import { RunningServer, SubgraphName } from '../../lib';
import { GraphQLResponse, postGraphQL, Services, tokenFor } from '../support/services';

/**
 * Faults between the gateway and its subgraphs (issue 7, items 12 and 13): one
 * deadline per request, a subgraph that did not answer is not asked again in the
 * same request, and a mutation whose answer did not come says whether it may have
 * been performed. Real subgraphs on this file's own databases (`*_faults`), a real
 * gateway, and small stand-ins for the subgraph that misbehaves: a server that
 * never answers, one that drops every connection, and a proxy in front of the real
 * state subgraph that can hold requests and release them later.
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start(undefined, { databaseSuffix: 'faults' });
});

afterAll(async () => {
  await services?.stop();
});

function listening(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, () => resolve(`http://localhost:${(server.address() as AddressInfo).port}/graphql`)));
}

async function closed(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** A subgraph stand-in that counts the requests it gets and does `answer` with each. */
class FakeSubgraph {
  requests = 0;
  private readonly server: Server;
  url = '';

  constructor(answer: (req: IncomingMessage, res: ServerResponse) => void) {
    this.server = createServer((req, res) => {
      this.requests += 1;
      answer(req, res);
    });
  }

  async start(): Promise<this> {
    this.url = await listening(this.server);
    return this;
  }

  stop(): Promise<void> {
    return closed(this.server);
  }
}

interface HeldRequest {
  body: Buffer;
  authorization?: string;
  res: ServerResponse;
}

/**
 * A proxy in front of a real subgraph. Passing through, it forwards each request
 * after `delayMs`; holding, it keeps requests (the subgraph "hangs": nothing reaches
 * it) until `wake()` forwards them, as a subgraph that stalls and then carries on
 * would: the gateway has given up by then, so the answers go nowhere, but the
 * subgraph does the work.
 */
class HoldingProxy {
  requests = 0;
  delayMs = 0;
  private holding = false;
  private held: HeldRequest[] = [];
  private readonly server: Server;
  url = '';

  constructor(private readonly target: string) {
    this.server = createServer(async (req, res) => {
      this.requests += 1;
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const request = { body: Buffer.concat(chunks), authorization: req.headers.authorization, res };
      if (this.holding) this.held.push(request);
      else {
        await new Promise((resolve) => setTimeout(resolve, this.delayMs));
        await this.forward(request);
      }
    });
  }

  async start(): Promise<this> {
    this.url = await listening(this.server);
    return this;
  }

  hold(): void {
    this.holding = true;
  }

  /** Forwards every held request to the subgraph and resolves once it has answered them all. */
  async wake(): Promise<number> {
    this.holding = false;
    const held = this.held.splice(0);
    for (const request of held) await this.forward(request);
    return held.length;
  }

  private async forward({ body, authorization, res }: HeldRequest): Promise<void> {
    const answer = await fetch(this.target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: new Uint8Array(body),
    });
    const text = await answer.text();
    // The gateway may have given up on this request long ago: then nobody reads the answer.
    if (!res.destroyed)
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(text);
  }

  stop(): Promise<void> {
    return closed(this.server);
  }
}

/** A gateway in front of this file's subgraphs, with `replaced` subgraphs at other URLs. */
function gatewayWith(replaced: Partial<Record<SubgraphName, string>>, options: Partial<GatewayOptions> = {}): Promise<RunningServer> {
  const url = (name: SubgraphName) => replaced[name] ?? services.subgraphs[name]!.server.url;
  return startGateway({
    port: 0,
    subgraphUrls: { party: url('party'), state: url('state'), front: url('front'), 'armed-forces': url('armed-forces') },
    subgraphTimeoutMs: 2_000,
    ...options,
  });
}

/**
 * The unit's figures need party twice, one fetch after the other (query plan:
 * state, then party's model counts in parallel with front and armed-forces, then
 * party's reporting by family, which `@requires` the reporting organizations the
 * other three return); `unit` needs only state and armed-forces.
 */
const STATISTICS = `#graphql
  query Statistics {
    unit: administrativeUnit(code: "60") { name armedUnits { id } }
    figures: administrativeUnit(code: "60") {
      statistics(from: "2024-01-01", to: "2024-12-31") {
        dialoguesByLevel { level dialogues }
        modelsByKind { kind models }
        reportingByFamily(frequency: QUARTERLY, asOf: "2025-01-31") { family obligations }
      }
    }
  }
`;

/** What comes back of STATISTICS when party is missing: all of `unit`; `figures` nulled (its party fields are non-null). */
const WITHOUT_PARTY = {
  unit: { name: 'Tỉnh Bình Thuận', armedUnits: [{ id: 'BG-60' }, { id: 'MC-60' }, { id: 'POL-60' }] },
  figures: null,
};

describe('a request has one deadline, and a subgraph that did not answer is not asked again', () => {
  beforeAll(async () => {
    // With every subgraph up the figures come back whole; this also warms the subgraphs for the timed runs below.
    const { data, errors } = await services.queryGateway(STATISTICS);
    expect(errors).toBeUndefined();
    expect(data!.unit).toEqual(WITHOUT_PARTY.unit);
    expect(data!.figures.statistics.reportingByFamily.length).toBeGreaterThan(0);
  });

  it('a hung subgraph is asked once: the figures query answers after one subgraph timeout, not one per sequential fetch', async () => {
    const hung = await new FakeSubgraph(() => {}).start();
    const gateway = await gatewayWith({ party: hung.url }, { subgraphTimeoutMs: 3_000 });
    try {
      const started = Date.now();
      const { data, errors } = await postGraphQL(gateway.url, STATISTICS, {}, await tokenFor());
      const elapsed = Date.now() - started;

      expect(data).toEqual(WITHOUT_PARTY);
      // Two fetches to party were planned; the first waited out the 3 s timeout, the second failed at once, unsent.
      expect(hung.requests).toBe(1);
      expect(errors).toHaveLength(2);
      for (const error of errors!) {
        expect(error).toEqual({
          message: 'The party subgraph did not answer within 3000 ms; the fields it owns are missing from this answer.',
          extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'party' },
        });
      }
      // Before: two full timeouts in a row (2 × 3 s, and more). A generous bound, for a shared machine.
      expect(elapsed).toBeLessThan(2 * 3_000);
    } finally {
      await gateway.stop();
      await hung.stop();
    }
  });

  it('a subgraph that drops the connection is asked once too', async () => {
    const dropping = await new FakeSubgraph((req) => req.socket.destroy()).start();
    const gateway = await gatewayWith({ party: dropping.url });
    try {
      const { data, errors } = await postGraphQL(gateway.url, STATISTICS, {}, await tokenFor());
      expect(data).toEqual(WITHOUT_PARTY);
      expect(dropping.requests).toBe(1);
      expect(errors!.map((e) => [e.message, e.extensions])).toEqual([
        [
          'The party subgraph did not answer; the fields it owns are missing from this answer.',
          { code: 'SERVICE_UNAVAILABLE', serviceName: 'party' },
        ],
        [
          'The party subgraph did not answer; the fields it owns are missing from this answer.',
          { code: 'SERVICE_UNAVAILABLE', serviceName: 'party' },
        ],
      ]);
    } finally {
      await gateway.stop();
      await dropping.stop();
    }
  });

  it('a slow subgraph that answers each fetch in time still cannot take the request past its deadline', async () => {
    // Each party fetch takes 2 s, within the 3 s subgraph timeout; two in a row need 4 s, past the 3.5 s deadline.
    const slow = await new HoldingProxy(services.subgraphs.party!.server.url).start();
    slow.delayMs = 2_000;
    const gateway = await gatewayWith({ party: slow.url }, { subgraphTimeoutMs: 3_000, requestTimeoutMs: 3_500 });
    try {
      const { data, errors } = await postGraphQL(gateway.url, STATISTICS, {}, await tokenFor());
      expect(data).toEqual(WITHOUT_PARTY);
      // The first party fetch answered; the second was cut off by the request's deadline (or, on a very slow
      // machine, not sent because the deadline had passed): either way the error names the request's limit.
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: 'party' });
      expect(errors![0].message).toMatch(/^The party subgraph (did not answer before|was not asked:) the request's time limit of 3500 ms/);
      expect(slow.requests).toBeLessThanOrEqual(2);
    } finally {
      await gateway.stop();
      await slow.stop();
    }
  });
});

describe('REQUEST_TIMEOUT_MS', () => {
  it('defaults to the subgraph timeout plus 5 s, and is read with the same validation', () => {
    expect(gatewayConfig({}).requestTimeoutMs).toBe(15_000);
    expect(gatewayConfig({ SUBGRAPH_TIMEOUT_MS: '2000' }).requestTimeoutMs).toBe(defaultRequestTimeoutMs(2_000));
    expect(gatewayConfig({ REQUEST_TIMEOUT_MS: '12000' }).requestTimeoutMs).toBe(12_000);
    expect(() => gatewayConfig({ REQUEST_TIMEOUT_MS: 'soon' })).toThrow(
      'REQUEST_TIMEOUT_MS: "soon" is not a whole number of milliseconds, at least 1',
    );
    expect(() => gatewayConfig({ REQUEST_TIMEOUT_MS: '0' })).toThrow(
      'REQUEST_TIMEOUT_MS: "0" is not a whole number of milliseconds, at least 1',
    );
    expect(() => gatewayConfig({ SUBGRAPH_TIMEOUT_MS: '10000', REQUEST_TIMEOUT_MS: '5000' })).toThrow(
      'REQUEST_TIMEOUT_MS (5000) must not be less than SUBGRAPH_TIMEOUT_MS (10000)',
    );
  });
});

describe('a mutation whose subgraph does not answer', () => {
  let proxy: HoldingProxy;
  let gateway: RunningServer;
  let editor: string;

  beforeAll(async () => {
    proxy = await new HoldingProxy(services.subgraphs.state!.server.url).start();
    gateway = await gatewayWith({ state: proxy.url }, { subgraphTimeoutMs: 1_000 });
    // Xã Bắc Bình's People's Committee (formed on 2025-07-01): an organization in force today, which may write.
    editor = await tokenFor({
      sub: 'official-of-PCOM-23005-2025',
      org: { type: 'StateAgency', id: 'PCOM-23005-2025' },
      roles: ['editor'],
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await proxy?.stop();
  });

  const OPEN_THREE = `#graphql
    mutation OpenThree($first: OpenCaseInput!, $second: OpenCaseInput!, $third: OpenCaseInput!) {
      first: openCase(input: $first) { id reference }
      second: openCase(input: $second) { id reference }
      third: openCase(input: $third) { id reference }
    }
  `;

  /** Three cases of Xã Bắc Bình's People's Committee, each with its own idempotency key. */
  function threeCases() {
    const run = randomUUID().slice(0, 8);
    const input = (n: number) => ({
      reference: `23005-faults-${run}-${n}`,
      title: `Sạt lở bờ kênh, đoạn ${n}`,
      category: 'INFRASTRUCTURE',
      unitCode: '23005',
      responsibleAgencyId: 'PCOM-23005-2025',
      householdsAffected: 10 * n,
      openedOn: '2026-03-15',
      idempotencyKey: `pcom-23005-faults-${run}-${n}`,
    });
    return { first: input(1), second: input(2), third: input(3) };
  }

  async function casesNamed(references: string[]): Promise<{ id: string; reference: string }[]> {
    return services.subgraphs.state!.db.query(`SELECT id::text, reference FROM citizen_case WHERE reference = ANY($1) ORDER BY reference`, [
      references,
    ]);
  }

  it('says UNKNOWN for the one sent, NOT_PERFORMED for the others; a retry with the same keys does each exactly once', async () => {
    const cases = threeCases();
    const references = Object.values(cases).map((c) => c.reference);

    proxy.hold();
    const requestsBefore = proxy.requests;
    const during: GraphQLResponse = await postGraphQL(gateway.url, OPEN_THREE, cases, editor);

    // The first went out and no answer came; the gateway sent nothing more to the state subgraph.
    expect(proxy.requests - requestsBefore).toBe(1);
    expect(during.data ?? null).toBeNull();
    expect(during.errors!.map((e) => ({ path: e.path, ...e.extensions }))).toEqual([
      { path: ['first'], code: 'SERVICE_UNAVAILABLE', serviceName: 'state', outcome: 'UNKNOWN' },
      { path: ['second'], code: 'SERVICE_UNAVAILABLE', serviceName: 'state', outcome: 'NOT_PERFORMED' },
      { path: ['third'], code: 'SERVICE_UNAVAILABLE', serviceName: 'state', outcome: 'NOT_PERFORMED' },
    ]);
    expect(during.errors![0].message).toBe(
      'Mutation first (openCase): the state subgraph did not answer within 1000 ms, so whether it was performed is unknown. ' +
        'Sending it again with the same idempotencyKey is safe: if it was performed, the first result comes back and nothing is done twice.',
    );
    expect(during.errors![1].message).toBe(
      'Mutation second (openCase) was not performed: the outcome of first (openCase), sent before it, is unknown, and mutations run in order, so it was not sent. Send it again.',
    );
    expect(JSON.stringify(during.errors)).not.toMatch(/localhost|127\.0\.0\.1|abort|timeout|ECONN/i);

    // The subgraph wakes up and carries out what it was sent: the first case only.
    expect(await casesNamed(references)).toEqual([]);
    expect(await proxy.wake()).toBe(1);
    const afterWake = await casesNamed(references);
    expect(afterWake.map((c) => c.reference)).toEqual([cases.first.reference]);

    // The caller does what the errors say: the same mutation, the same keys.
    const retried = await postGraphQL(gateway.url, OPEN_THREE, cases, editor);
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.first).toEqual({ id: afterWake[0].id, reference: cases.first.reference });
    const opened = await casesNamed(references);
    expect(opened.map((c) => c.reference)).toEqual(references);
    expect(retried.data).toEqual({
      first: opened[0],
      second: opened[1],
      third: opened[2],
    });

    // And once more: nothing new.
    const again = await postGraphQL(gateway.url, OPEN_THREE, cases, editor);
    expect(again.data).toEqual(retried.data);
    expect(await casesNamed(references)).toEqual(opened);
  });

  it('sends the fields of a mutation one at a time, each with its own variables and fragments', async () => {
    const cases = threeCases();
    const requestsBefore = proxy.requests;
    const { data, errors } = await postGraphQL(
      gateway.url,
      `#graphql
        mutation OpenWithFragments($first: OpenCaseInput!, $second: OpenCaseInput!, $households: Int) {
          first: openCase(input: $first) { ...Opened }
          second: openCase(input: $second) { ...Opened householdsAffected }
          third: openCase(input: { reference: "${cases.third.reference}", title: "Sạt lở bờ kênh, đoạn 3", category: INFRASTRUCTURE,
            unitCode: "23005", responsibleAgencyId: "PCOM-23005-2025", householdsAffected: $households, openedOn: "2026-03-15",
            idempotencyKey: "${cases.third.idempotencyKey}" }) { ...Opened householdsAffected }
        }
        fragment Opened on Case { id reference }
      `,
      { first: cases.first, second: cases.second, households: 30 },
      editor,
    );
    expect(errors).toBeUndefined();
    expect(Object.values(data!).map((c) => c.reference)).toEqual(Object.values(cases).map((c) => c.reference));
    expect([data!.second.householdsAffected, data!.third.householdsAffected]).toEqual([20, 30]);
    expect(proxy.requests - requestsBefore).toBe(3);
  });

  it('stops at a field the subgraph refuses: the ones after it are NOT_PERFORMED, nothing written', async () => {
    const cases = threeCases();
    // The second names a unit that does not exist: the state subgraph refuses it and the third is not sent.
    const refused = { ...cases, second: { ...cases.second, unitCode: '99999' } };
    const requestsBefore = proxy.requests;
    const { data, errors } = await postGraphQL(gateway.url, OPEN_THREE, refused, editor);
    expect(proxy.requests - requestsBefore).toBe(2);
    expect(data ?? null).toBeNull();
    expect(errors!.map((e) => ({ path: e.path, code: e.extensions?.code, outcome: e.extensions?.outcome }))).toEqual([
      { path: ['second'], code: expect.stringMatching(/^(BAD_USER_INPUT|NOT_FOUND)$/), outcome: undefined },
      { path: ['third'], code: 'SERVICE_UNAVAILABLE', outcome: 'NOT_PERFORMED' },
    ]);
    expect(errors![1].message).toMatch(/^Mutation third \(openCase\) was not performed: second \(openCase\), before it, failed/);
    expect((await casesNamed(Object.values(cases).map((c) => c.reference))).map((c) => c.reference)).toEqual([cases.first.reference]);
  });

  it("stops at the first field when the token's organization has ended: FORBIDDEN naming its end, the others NOT_PERFORMED", async () => {
    // Bắc Bình district's People's Committee ended on 2025-06-30 and writes nothing.
    const ended = await tokenFor({ org: { type: 'StateAgency', id: 'PCOM-596' }, roles: ['editor'] });
    const cases = threeCases();
    const requestsBefore = proxy.requests;
    const { data, errors } = await postGraphQL(gateway.url, OPEN_THREE, cases, ended);
    expect(proxy.requests - requestsBefore).toBe(1);
    expect(data ?? null).toBeNull();
    expect(errors!.map((e) => ({ path: e.path, code: e.extensions?.code, outcome: e.extensions?.outcome }))).toEqual([
      { path: ['first'], code: 'FORBIDDEN', outcome: undefined },
      { path: ['second'], code: 'SERVICE_UNAVAILABLE', outcome: 'NOT_PERFORMED' },
      { path: ['third'], code: 'SERVICE_UNAVAILABLE', outcome: 'NOT_PERFORMED' },
    ]);
    expect(errors![0].message).toMatch(/the token's organization is not in force today \(PCOM-596 ended on 2025-06-30/);
    expect(await casesNamed(Object.values(cases).map((c) => c.reference))).toEqual([]);
  });

  it('keeps the plain SERVICE_UNAVAILABLE for queries, without an outcome', async () => {
    proxy.hold();
    try {
      const { data, errors } = await postGraphQL(gateway.url, '{ caseByReference(reference: "60-2022-014") { reference } }', {}, editor);
      expect(data).toEqual({ caseByReference: null });
      expect(errors!.map((e) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', serviceName: 'state' }]);
    } finally {
      await proxy.wake();
    }
  });
});
