import { ApolloGateway } from '@apollo/gateway';
import { verifyAuthorization } from '../subgraphs/kit/auth';
import { SubgraphName } from '../subgraphs/kit/config';
import { RunningServer, serveGraphQL } from '../subgraphs/kit/graphqlServer';
import { logger } from '../subgraphs/kit/logger';
import { GatewayConfig } from './config';
import { GatewayContext, SubgraphDataSource } from './SubgraphDataSource';
import { readSupergraph } from './supergraph';

export interface GatewayOptions extends Omit<GatewayConfig, 'production' | 'corsOrigins'> {
  production?: boolean;
  corsOrigins?: string[];
  /** The composed supergraph; `schema/supergraph.graphql` when omitted. */
  supergraphSdl?: string;
}

/**
 * The gateway: `@apollo/gateway` on `@apollo/server`, started from the static
 * supergraph (no start-up dependency on every subgraph being up), with
 * `/graphql`, `/health` and `/ready`.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: options.subgraphUrls[name as SubgraphName] ?? url!,
        timeoutMs: options.subgraphTimeoutMs,
      }),
    logger,
  });
  return serveGraphQL<GatewayContext>({
    title: 'gateway',
    executor: { gateway },
    context: async (req) => {
      // Refuse unauthenticated requests at the door; subgraphs verify again.
      await verifyAuthorization(req.headers.authorization);
      return { authorization: req.headers.authorization };
    },
    ready: async () => ({ ready: true }),
    port: options.port,
    production: options.production ?? false,
    corsOrigins: options.corsOrigins,
  });
}
