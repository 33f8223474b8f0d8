import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { verifyAuthorization } from './auth';
import { CountedDataSource } from './database';
import { formatErrorForCaller } from './formatError';
import { inWaves } from './loaders';
import { logger } from './logger';
import { schemaDir } from './paths';
import { DateScalar, DateTimeScalar } from './scalars';
import { SubgraphContext, SubgraphDefinition } from './subgraph';

/** Request bodies larger than this are refused before they are parsed. */
export const BODY_LIMIT = '1mb';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Listens on `port` (0: any free port) and resolves once the socket is bound. */
export function listen(httpServer: Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
  });
}

/** `/health`: the process is up. `/ready`: it can serve (here: its database answers). */
export function healthRoutes(app: express.Express, ready: () => Promise<boolean>): void {
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ok = await ready().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable' });
  });
}

/**
 * Errors raised before GraphQL runs (a body over the limit, malformed JSON) as a
 * GraphQL-shaped JSON answer with a code, instead of Express's HTML page.
 */
export function jsonErrors(
  error: { status?: number; type?: string; message?: string },
  _req: express.Request,
  res: express.Response,
  next: express.NextFunction,
): void {
  if (res.headersSent) return next(error);
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    error.type === 'entity.too.large'
      ? `request body: larger than the limit of ${BODY_LIMIT}`
      : status === 400
        ? 'request body: not valid JSON'
        : 'Internal error: the request could not be completed.';
  if (status === 500) logger.error({ err: error }, 'request failed');
  res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
}

/**
 * Serves one subgraph over HTTP on `@apollo/server`: `/graphql`, `/health` and
 * `/ready`. Every GraphQL request, `_entities` included, must carry a token the
 * subgraph verifies itself; the gateway's word is not enough.
 */
export async function startSubgraphServer<L>(
  definition: SubgraphDefinition<L>,
  dataSource: CountedDataSource,
  port: number,
): Promise<RunningServer> {
  const typeDefs = parse(readFileSync(join(schemaDir, `${definition.name}.graphql`), 'utf8'));
  const app = express();
  const httpServer = createServer(app);
  const production = process.env.NODE_ENV === 'production';
  const server = new ApolloServer<SubgraphContext<L>>({
    schema: buildSubgraphSchema({
      typeDefs,
      resolvers: { Date: DateScalar, DateTime: DateTimeScalar, ...definition.resolvers } as never,
    }),
    // Stack traces would show internals to other agencies' frontends.
    includeStacktraceInErrorResponses: false,
    formatError: formatErrorForCaller,
    introspection: !production,
    logger,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await server.start();
  healthRoutes(app, async () => {
    await dataSource.query('SELECT 1');
    return true;
  });
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const viewer = await verifyAuthorization(req.headers.authorization);
        return { viewer, db: dataSource, loaders: inWaves(() => definition.createLoaders(dataSource, viewer)) };
      },
    }),
  );
  app.use(jsonErrors);
  const boundPort = await listen(httpServer, port);
  return {
    url: `http://localhost:${boundPort}/graphql`,
    port: boundPort,
    async stop() {
      await server.stop();
    },
  };
}
