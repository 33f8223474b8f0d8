import { portFor, SUBGRAPH_NAMES, SubgraphName, subgraphUrlFor } from '../subgraphs/kit/config';

/** The gateway's settings, read once from the environment at start-up. */
export interface GatewayConfig {
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
  /** How long one subgraph fetch may take before the gateway answers without that subgraph. */
  subgraphTimeoutMs: number;
  /**
   * Production turns introspection off. Everything else that protects the graph
   * (CSRF prevention, limits, hidden suggestions, no stack traces, scrubbed
   * subgraph errors) is on in every mode.
   */
  production: boolean;
  /** Browser origins allowed to call the gateway (CORS); none when empty. */
  corsOrigins: string[];
}

export function gatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const timeout = Number(env.SUBGRAPH_TIMEOUT_MS ?? 10_000);
  if (!Number.isInteger(timeout) || timeout <= 0) {
    throw new Error(`SUBGRAPH_TIMEOUT_MS must be a positive number of milliseconds, got "${env.SUBGRAPH_TIMEOUT_MS}"`);
  }
  return {
    port: portFor('gateway', env),
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrlFor(name, env)])) as Record<SubgraphName, string>,
    subgraphTimeoutMs: timeout,
    production: env.NODE_ENV === 'production',
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}
