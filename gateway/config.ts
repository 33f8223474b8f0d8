import {
  ConfigurationError,
  type Env,
  environment,
  isProduction,
  portFor,
  setting,
  SUBGRAPH_NAMES,
  type SubgraphName,
  subgraphUrlFor,
} from '../lib';

/** The gateway's settings, read once from the environment at start-up. */
export interface GatewayConfig {
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
  /** How long one subgraph fetch may take before the gateway answers without that subgraph. */
  subgraphTimeoutMs: number;
  /** Keep-alive connections the gateway holds to each subgraph at most; requests beyond wait for one. */
  subgraphConnections: number;
  /** Processes serving the gateway's port (`node:cluster`); 1 serves in the process itself. */
  workers: number;
  /**
   * How long one whole request may take, every fetch of its query plan included: the
   * gateway answers with what it has by then. Never less than `subgraphTimeoutMs`.
   */
  requestTimeoutMs: number;
  /**
   * Production turns introspection off. Everything else that protects the graph
   * (CSRF prevention, limits, hidden suggestions, no stack traces, scrubbed
   * subgraph errors) is on in every mode.
   */
  production: boolean;
  /** Browser origins allowed to call the gateway (CORS); none when empty. */
  corsOrigins: string[];
}

/**
 * `REQUEST_TIMEOUT_MS` when unset: one full wait for a subgraph that does not answer,
 * plus 5 s for the fetches the query plan makes after it (a subgraph that timed out is
 * not asked again in the same request, and the others answer in milliseconds). A
 * request with a hung subgraph is thereby bounded by about one subgraph timeout, not
 * by one per sequential fetch.
 */
export function defaultRequestTimeoutMs(subgraphTimeoutMs: number): number {
  return subgraphTimeoutMs + 5_000;
}

/**
 * `SUBGRAPH_CONNECTIONS` when unset: enough for a subgraph's database pool (10 connections
 * by default, several per request) to stay busy, few enough that a burst queues in the
 * gateway instead of opening a socket per request. More in flight only makes a subgraph's
 * requests compete for its CPU and pool: under `npm run bench`'s mix on 2 cores, 32 cost
 * the subgraphs 7–16 % more CPU per request than under Hive Gateway, 16 about 2 %, and
 * took our throughput from 0.94–1.01× Hive's to 1.05× (8: 1.04–1.06×).
 */
export const DEFAULT_SUBGRAPH_CONNECTIONS = 16;

export function gatewayConfig(env: Env = environment()): GatewayConfig {
  const subgraphTimeoutMs = setting('SUBGRAPH_TIMEOUT_MS', 10_000, env);
  const requestTimeoutMs = setting('REQUEST_TIMEOUT_MS', defaultRequestTimeoutMs(subgraphTimeoutMs), env);
  // A request deadline shorter than one fetch's would silently override SUBGRAPH_TIMEOUT_MS: a mistake, said at start-up.
  if (requestTimeoutMs < subgraphTimeoutMs) {
    throw new ConfigurationError(
      `REQUEST_TIMEOUT_MS (${requestTimeoutMs}) must not be less than SUBGRAPH_TIMEOUT_MS (${subgraphTimeoutMs}): a request must be able to wait for one subgraph fetch`,
    );
  }
  return {
    port: portFor('gateway', env),
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrlFor(name, env)])) as Record<SubgraphName, string>,
    subgraphTimeoutMs,
    subgraphConnections: setting('SUBGRAPH_CONNECTIONS', DEFAULT_SUBGRAPH_CONNECTIONS, env),
    workers: setting('GATEWAY_WORKERS', 1, env),
    requestTimeoutMs,
    production: isProduction(env),
    corsOrigins: setting('CORS_ORIGINS', '', env)
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}
