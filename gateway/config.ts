import { ConfigurationError, portFor, SUBGRAPH_NAMES, SubgraphName, subgraphUrlFor } from '../lib';

/** The gateway's settings, read once from the environment at start-up. */
export interface GatewayConfig {
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
  /** How long one subgraph fetch may take before the gateway answers without that subgraph. */
  subgraphTimeoutMs: number;
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

function milliseconds(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigurationError(`${name} must be a positive number of milliseconds, got "${env[name]}"`);
  }
  return value;
}

export function gatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const subgraphTimeoutMs = milliseconds(env, 'SUBGRAPH_TIMEOUT_MS', 10_000);
  const requestTimeoutMs = milliseconds(env, 'REQUEST_TIMEOUT_MS', defaultRequestTimeoutMs(subgraphTimeoutMs));
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
    requestTimeoutMs,
    production: env.NODE_ENV === 'production',
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}
