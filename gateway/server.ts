import { ApolloGateway } from '@apollo/gateway';
import { logger, RunningServer, serveGraphQL, SubgraphName, verifyAuthorization } from '../lib';
import { DEFAULT_SUBGRAPH_CONNECTIONS, defaultRequestTimeoutMs, GatewayConfig } from './config';
import { subgraphReadiness } from './readiness';
import { authorizationScope, GatewayContext, RequestBudget, SubgraphDataSource } from './SubgraphDataSource';
import { readSupergraph } from './supergraph';

export interface GatewayOptions extends Omit<
  GatewayConfig,
  'production' | 'corsOrigins' | 'requestTimeoutMs' | 'subgraphConnections' | 'workers'
> {
  production?: boolean;
  corsOrigins?: string[];
  /** `DEFAULT_SUBGRAPH_CONNECTIONS` when omitted. */
  subgraphConnections?: number;
  /** `defaultRequestTimeoutMs(subgraphTimeoutMs)` when omitted. */
  requestTimeoutMs?: number;
  /** The composed supergraph; `schema/supergraph.graphql` when omitted. */
  supergraphSdl?: string;
}

/**
 * The gateway: `@apollo/gateway` on `@apollo/server`, started from the static
 * supergraph (no start-up dependency on every subgraph being up), with
 * `/graphql`, `/health` and `/ready`.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const requestTimeoutMs = options.requestTimeoutMs ?? defaultRequestTimeoutMs(options.subgraphTimeoutMs);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: options.subgraphUrls[name as SubgraphName] ?? url!,
        timeoutMs: options.subgraphTimeoutMs,
        connections: options.subgraphConnections ?? DEFAULT_SUBGRAPH_CONNECTIONS,
      }),
    logger,
  });
  return serveGraphQL<GatewayContext>({
    title: 'gateway',
    executor: { gateway },
    context: async (req) => {
      // Refuse unauthenticated requests at the door; subgraphs verify again.
      const viewer = await verifyAuthorization(req.headers.authorization);
      // The request's one deadline starts now; it also remembers the subgraphs that fail it.
      return { authorization: req.headers.authorization, scope: authorizationScope(viewer), budget: new RequestBudget(requestTimeoutMs) };
    },
    // Identical queries in flight within one authorization scope share one execution (a dashboard's burst).
    sharingKey: async ({ method, headers, body }) => {
      const query = (body as { query?: unknown } | undefined)?.query;
      if (method !== 'POST' || !headers.get('content-type')?.startsWith('application/json')) return undefined;
      if (typeof query !== 'string' || /\bmutation\b/.test(query)) return undefined;
      const viewer = await verifyAuthorization(headers.get('authorization')).catch(() => undefined);
      return viewer && JSON.stringify([authorizationScope(viewer), headers.get('accept') ?? '', body]);
    },
    // Ready while every subgraph is: each one's own /ready, asked with a short timeout.
    ready: subgraphReadiness(options.subgraphUrls),
    // A stop lets every request in flight run to its own deadline.
    drainMs: requestTimeoutMs,
    port: options.port,
    production: options.production ?? false,
    corsOrigins: options.corsOrigins,
  });
}
