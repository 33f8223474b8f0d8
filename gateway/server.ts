import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express from 'express';
import { createServer } from 'node:http';
import { verifyAuthorization } from '../subgraphs/kit/auth';
import { SubgraphName } from '../subgraphs/kit/config';
import { logger } from '../subgraphs/kit/logger';
import { formatErrorForCaller } from '../subgraphs/kit/formatError';
import { BODY_LIMIT, healthRoutes, jsonErrors, listen, RunningServer } from '../subgraphs/kit/server';
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
 * Limits on what one operation may ask for (graphql-armor): the gateway has none
 * of its own. Sized so that the heaviest published queries (the district-by-district
 * overview, a coordination program with every participant's activities) pass.
 */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 5000,
  maxCost: 50_000,
};

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
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost },
    // "Did you mean ...?" would let a caller map the schema with introspection off.
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const app = express();
  const httpServer = createServer(app);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    ...armor,
    plugins: [...armor.plugins, ApolloServerPluginDrainHttpServer({ httpServer })],
    // Introspection only outside production; the other protections hold in every mode.
    introspection: !options.production,
    // Refuses simple (form-like) requests a browser would send cross-site without a preflight.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatErrorForCaller,
    logger,
  });
  await server.start();
  healthRoutes(app, async () => true);
  app.use(
    '/graphql',
    // Browsers may call only from the allow-listed origins (CORS_ORIGINS); others get no CORS headers.
    cors({ origin: options.corsOrigins ?? [], credentials: false }),
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        // Refuse unauthenticated requests at the door; subgraphs verify again.
        await verifyAuthorization(req.headers.authorization);
        return { authorization: req.headers.authorization };
      },
    }),
  );
  app.use(jsonErrors);
  const port = await listen(httpServer, options.port);
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    async stop() {
      await server.stop();
    },
  };
}
