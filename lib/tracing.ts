import type { IncomingMessage } from 'node:http';
import { type Env, uncheckedEnvironment } from './config';
import { logger, serviceName } from './logger';
import { within } from './promises';
import { whenStopping } from './shutdown';

/**
 * OpenTelemetry traces, from the gateway to a subgraph to its SQL, exported over
 * OTLP/HTTP (JSON) when `OTEL_EXPORTER_OTLP_ENDPOINT` is set; otherwise nothing of
 * OpenTelemetry is loaded and nothing is patched.
 *
 * Every entry point (`gateway/main.ts`, `subgraphs/<name>/main.ts`) imports this module
 * on its first line, before the library: the instrumentations patch `http` and `pg` as
 * they are required, and the entry points are CommonJS (tsx and `tsc` alike), whose
 * imports run in their order. Fetches are undici's (the gateway's to the subgraphs
 * through the `undici` package's `request`, a subgraph's to its peers through Node's
 * `fetch`), traced through its diagnostics channels; the W3C `traceparent` header it
 * adds makes a subgraph's server span a child of the gateway's fetch span.
 *
 * `OTEL_SERVICE_NAME`, else the logs' service name (`SERVICE_NAME`, else the entry's
 * folder: `gateway`, `party`, ...). The other `OTEL_*` variables of the SDK apply
 * (`OTEL_BSP_SCHEDULE_DELAY`, `OTEL_TRACES_SAMPLER`, ...).
 */
function startTracing(env: Env): void {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return;
  // Required here, not imported: a process that does not trace pays nothing for the SDK.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { UndiciInstrumentation } =
    require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  /* eslint-enable @typescript-eslint/no-require-imports */

  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME || serviceName(env),
    traceExporter: new OTLPTraceExporter(),
    // Traces only: metrics are Prometheus's (lib/metrics.ts), logs pino's.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      // Probes and scrapes every few seconds would drown the requests.
      new HttpInstrumentation({ ignoreIncomingRequestHook: isProbe }),
      new UndiciInstrumentation(),
      // Statements outside a request (migrations at start-up, the pool's own) are not worth a trace each.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
  // Registered first, so run last: the servers stop (their last spans end) before the final export.
  whenStopping(async () => {
    try {
      if ((await within(sdk.shutdown(), SHUTDOWN_MS, 'late')) === 'late') throw new Error(`not done after ${SHUTDOWN_MS} ms`);
    } catch (error) {
      // A collector that is down must not fail the stop: the traces are lost, the service is not.
      logger.warn({ err: error }, 'the last traces could not be exported');
    }
  });
  logger.debug({ endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT }, 'tracing to OTLP');
}

/** The last export's bound: well within the stop's grace period (lib/shutdown.ts). */
const SHUTDOWN_MS = 3_000;

const PROBES = new Set(['/health', '/ready', '/metrics']);

function isProbe(request: IncomingMessage): boolean {
  return PROBES.has((request.url ?? '').split('?')[0]);
}

startTracing(uncheckedEnvironment());
