import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createServer } from 'node:http';
import { verifyAuthorization } from '../subgraphs/kit/auth';
import { SubgraphName } from '../subgraphs/kit/config';
import { logger } from '../subgraphs/kit/logger';
import { BODY_LIMIT, healthRoutes, listen, RunningServer } from '../subgraphs/kit/server';
import { GatewayContext, SubgraphDataSource } from './SubgraphDataSource';
import { readSupergraph } from './supergraph';

export interface GatewayOptions {
  port: number;
  /** Where each subgraph answers; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  /** How long one subgraph fetch may take before the gateway answers without it. */
  subgraphTimeoutMs: number;
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
  const app = express();
  const httpServer = createServer(app);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    introspection: process.env.NODE_ENV !== 'production',
    logger,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await server.start();
  healthRoutes(app, async () => true);
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        // Refuse unauthenticated requests at the door; subgraphs verify again.
        await verifyAuthorization(req.headers.authorization);
        return { authorization: req.headers.authorization };
      },
    }),
  );
  const port = await listen(httpServer, options.port);
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    async stop() {
      await server.stop();
    },
  };
}
