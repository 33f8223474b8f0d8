import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { freePort } from '../../scripts/embeddedPostgres';
import { projectRoot } from '../../lib';
import { seededDatabase } from '../support/databases';
import { postGraphQL, tokenFor } from '../support/services';

/**
 * OpenTelemetry from end to end, as deployed: the gateway and a subgraph as their own
 * processes (their real entry points, so the tracing is loaded before http and pg as
 * it is in production), exporting over OTLP/HTTP to a receiver in this test. One query
 * through the gateway must be one trace: the gateway's server span, its fetch to the
 * subgraph, the subgraph's server span under that fetch (the `traceparent` crossed the
 * wire) and the subgraph's SQL under its request.
 */

interface Span {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  /** OTLP's SpanKind: 2 server, 3 client. */
  kind: number;
  attributes: Record<string, unknown>;
}

const SERVER = 2;
const CLIENT = 3;

/** Spans as OTLP/HTTP JSON carries them (`resourceSpans` → `scopeSpans` → `spans`). */
function spansOf(body: any): Span[] {
  const value = (v: any) => v?.stringValue ?? v?.intValue ?? v?.boolValue ?? v?.doubleValue;
  const attributes = (list: any[] = []) => Object.fromEntries(list.map((a) => [a.key, value(a.value)]));
  return (body.resourceSpans ?? []).flatMap((rs: any) => {
    const service = String(attributes(rs.resource?.attributes)['service.name']);
    return (rs.scopeSpans ?? []).flatMap((ss: any) =>
      (ss.spans ?? []).map((s: any) => ({
        service,
        traceId: s.traceId,
        spanId: s.spanId,
        parentSpanId: s.parentSpanId || undefined,
        name: s.name,
        kind: s.kind,
        attributes: attributes(s.attributes),
      })),
    );
  });
}

let receiver: Server;
let endpoint: string;
const spans: Span[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') spans.push(...spansOf(JSON.parse(body)));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await new Promise((resolve) => receiver.close(resolve));
});

/** Starts an entry point; resolves once it logs `ready` (rejects with its log if it exits first). */
function start(entry: string, env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME ?? '/tmp',
      JWT_KEY_DIR: process.env.JWT_KEY_DIR!,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      // Exported within 100 ms, not the SDK's 5 s.
      OTEL_BSP_SCHEDULE_DELAY: '100',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let log = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (ready.test(log)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}):\n${log}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', resolve));
}

async function until<T>(find: () => T | undefined, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`not found in time; spans: ${JSON.stringify(spans, null, 1)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('one query through the gateway is one trace: gateway server span, its fetch, the subgraph server span, its SQL', async () => {
  // The tests' own state database, migrated and seeded.
  await (await seededDatabase('state')).destroy();
  const statePort = await freePort();
  const gatewayPort = await freePort();
  const [state, gateway] = await Promise.all([
    start('subgraphs/state/main.ts', { STATE_PORT: String(statePort), DATABASE_URL: process.env.DATABASE_URL! }, /state subgraph ready/),
    start('gateway/main.ts', { GATEWAY_PORT: String(gatewayPort), STATE_URL: `http://localhost:${statePort}/graphql` }, /gateway ready/),
  ]);

  // A state agency's reader: the state subgraph places it without asking another subgraph.
  const token = await tokenFor({ org: { type: 'StateAgency', id: 'GOV-VN' } });
  const answer = await postGraphQL(`http://localhost:${gatewayPort}/graphql`, '{ administrativeUnit(code: "60") { name } }', {}, token);
  expect(answer.data).toEqual({ administrativeUnit: { name: 'Tỉnh Bình Thuận' } });

  const gatewayServer = await until(() =>
    spans.find((s) => s.service === 'gateway' && s.kind === SERVER && s.attributes['url.path'] === '/graphql'),
  );
  const trace = () => spans.filter((s) => s.traceId === gatewayServer.traceId);
  const fetch = await until(() =>
    trace().find((s) => s.service === 'gateway' && s.kind === CLIENT && String(s.attributes['url.full']).includes(`:${statePort}/graphql`)),
  );
  const stateServer = await until(() => trace().find((s) => s.service === 'state' && s.kind === SERVER));
  const sql = await until(() => {
    const found = trace().filter((s) => s.service === 'state' && s.attributes['db.system.name'] === 'postgresql');
    return found.length ? found : undefined;
  });

  expect(fetch.parentSpanId).toBeDefined();
  expect(stateServer.parentSpanId).toBe(fetch.spanId);
  // Each statement belongs to the subgraph's request: its server span is an ancestor.
  const byId = new Map(trace().map((s) => [s.spanId, s]));
  const ancestors = (span: Span) => {
    const ids: string[] = [];
    for (let id = span.parentSpanId; id; id = byId.get(id)?.parentSpanId) ids.push(id);
    return ids;
  };
  for (const statement of sql) expect(ancestors(statement)).toContain(stateServer.spanId);
  expect(ancestors(fetch)).toContain(gatewayServer.spanId);

  // SIGTERM stops both the usual way, the last export included, and they exit 0.
  state.kill('SIGTERM');
  gateway.kill('SIGTERM');
  expect(await Promise.all([exited(state), exited(gateway)])).toEqual([0, 0]);
}, 40_000);

/** The OpenTelemetry modules a process has loaded once `lib/tracing` has run with `env`. */
function openTelemetryLoaded(env: Record<string, string>): string[] {
  const probe = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      "require('./lib/tracing'); process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('@opentelemetry'))))",
    ],
    { cwd: projectRoot, env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env }, encoding: 'utf8' },
  );
  expect(probe.stderr).toBe('');
  return JSON.parse(probe.stdout) as string[];
}

it('without OTEL_EXPORTER_OTLP_ENDPOINT, nothing of OpenTelemetry is loaded', () => {
  expect(openTelemetryLoaded({})).toEqual([]);
  // The probe does see the SDK when it is loaded.
  expect(openTelemetryLoaded({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' }).length).toBeGreaterThan(0);
});
