import { metricsPlugin, metricsRoute, sharedRequests } from './metrics';
import { ApolloServer, ApolloServerOptions, BaseContext, HTTPGraphQLRequest, HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { requireProductionKeys } from './auth';
import { mountDeveloperPage } from './developerPage';
import { formatErrorForCaller } from './formatError';
import { httpSemanticsPlugin } from './httpSemantics';
import { logger } from './logger';
import { operationLimits } from './operationLimits';
import { textInputPlugin } from './textInput';

/** Request bodies larger than this are refused before they are parsed: what a client may send the gateway. */
export const BODY_LIMIT = '1mb';

/**
 * A subgraph's limit is larger: the gateway's own fetches carry the `@requires` data of
 * the entities they resolve, and a province's or the nation's organization lists (for
 * `reportingByFamily`, design section 10: both eras) exceed 1 MB.
 */
export const SUBGRAPH_BODY_LIMIT = '8mb';

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

/** What `/ready` says: whether the process can serve, and why not (shown in the body). */
export interface Readiness {
  ready: boolean;
  [detail: string]: unknown;
}

/** `/health`: the process is up (liveness). `/ready`: it can serve, 200, or 503 with the reason. */
export function healthRoutes(app: express.Express, ready: () => Promise<Readiness>): void {
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const readiness = await ready().catch((error: unknown) => ({ ready: false, error: String(error) }));
    const { ready: ok, ...details } = readiness;
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable', ...details });
  });
}

/**
 * Errors raised before GraphQL runs (a body over the limit, malformed JSON) as a
 * GraphQL-shaped JSON answer with a code, instead of Express's HTML page.
 */
export const jsonErrors = (bodyLimit: string) =>
  function jsonErrors(
    error: { status?: number; type?: string; message?: string },
    _req: express.Request,
    res: express.Response,
    next: express.NextFunction,
  ): void {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message =
      error.type === 'entity.too.large'
        ? `request body: larger than the limit of ${bodyLimit}`
        : status === 400
          ? 'request body: not valid JSON'
          : 'Internal error: the request could not be completed.';
    if (status === 500) logger.error({ err: error }, 'request failed');
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  };

/**
 * A graceful stop with kept-alive connections: once the server stops, every response
 * (those of the requests in flight, and any that still arrive) says `Connection:
 * close`, so that a client sends its next request on a new connection, which is
 * refused at once, and not on this one, which the server closes after the response:
 * that request would be reset, an error a client cannot tell from a crash. Returns
 * what to call when the stop begins.
 */
function closingConnectionsOnStop(app: express.Express): () => void {
  const inFlight = new Set<express.Response>();
  let stopping = false;
  app.use((_req, res, next) => {
    if (stopping) res.setHeader('connection', 'close');
    else {
      inFlight.add(res);
      res.once('close', () => inFlight.delete(res));
    }
    next();
  });
  return () => {
    stopping = true;
    for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
  };
}

export interface GraphQLServerOptions<C extends BaseContext> {
  /** Shown on the developer page, e.g. `gateway`, `party subgraph`. */
  title: string;
  /** What the server executes: a schema (a subgraph) or a gateway. */
  executor: Pick<ApolloServerOptions<C>, 'schema' | 'gateway'>;
  /** More plugins (the subgraphs switch inline tracing off). */
  plugins?: ApolloServerOptions<C>['plugins'];
  /** Builds a request's context; throws (UNAUTHENTICATED, FORBIDDEN) to refuse the request. */
  context: (req: express.Request) => Promise<C>;
  ready: () => Promise<Readiness>;
  port: number;
  /** Production: introspection and the developer page off. */
  production: boolean;
  /** Browser origins allowed to call (CORS); none when empty. */
  corsOrigins?: string[];
  /** How long requests in flight may still run once the server stops (10 s unless given): the longest a request may take. */
  drainMs?: number;
  /** The largest request body accepted; `BODY_LIMIT` unless given. */
  bodyLimit?: string;
  /**
   * Runs each GraphQL request inside it, from its context to its response: a
   * subgraph's read scope (where its reads go, lib/database.ts) lives as long as the request.
   */
  aroundRequest?: (req: express.Request, proceed: () => void) => void;
  /**
   * What makes two requests answerable by one execution (the gateway: the caller's
   * authorization scope and the request itself, for queries only); undefined when the
   * request must run on its own. Identical requests in flight then share one answer.
   */
  sharingKey?: (request: HTTPGraphQLRequest) => Promise<string | undefined>;
}

/**
 * Apollo Server, with the sharing of identical requests in flight when `sharingKey`
 * gives a key: a dashboard opened by many officials at once is executed once and its
 * answer (status, headers, body) sent to each. Incremental delivery (multipart) is
 * never shared: its body is a stream that one response consumes.
 */
class SharingApolloServer<C extends BaseContext> extends ApolloServer<C> {
  private readonly inFlight = new Map<string, Promise<HTTPGraphQLResponse>>();

  constructor(
    config: ApolloServerOptions<C>,
    private readonly sharing: { key?: (request: HTTPGraphQLRequest) => Promise<string | undefined>; service: string },
  ) {
    super(config);
  }

  override async executeHTTPGraphQLRequest(
    args: Parameters<ApolloServer<C>['executeHTTPGraphQLRequest']>[0],
  ): Promise<HTTPGraphQLResponse> {
    const request = args.httpGraphQLRequest;
    const key = request.headers.get('accept')?.includes('multipart') ? undefined : await this.sharing.key?.(request);
    if (key === undefined) return super.executeHTTPGraphQLRequest(args);
    const pending = this.inFlight.get(key);
    if (pending) {
      sharedRequests.inc({ service: this.sharing.service });
      return pending;
    }
    const answer = super.executeHTTPGraphQLRequest(args).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, answer);
    return answer;
  }
}

/**
 * One GraphQL server over HTTP, the way the gateway and every subgraph serve:
 * `/graphql`, `/health`, `/ready`, the same operation limits, error formatter, status
 * codes and media types, CSRF prevention, body limit and (in development) the
 * developer page.
 */
export async function serveGraphQL<C extends BaseContext>(options: GraphQLServerOptions<C>): Promise<RunningServer> {
  // Nothing serves in production without the identity provider's keys.
  requireProductionKeys();
  const app = express();
  // Nothing says which framework answers.
  app.disable('x-powered-by');
  const closeKeptAliveConnections = closingConnectionsOnStop(app);
  const httpServer = createServer(app);
  const limits = operationLimits<C>();
  const server = new SharingApolloServer<C>(
    {
      ...(options.executor as ApolloServerOptions<C>),
      validationRules: limits.validationRules,
      parseOptions: limits.parseOptions,
      plugins: [
        ...(limits.plugins ?? []),
        ...(options.plugins ?? []),
        httpSemanticsPlugin<C>(),
        textInputPlugin<C>(),
        metricsPlugin<C>(options.title),
        // Apollo Sandbox loads from a CDN; the developer page below replaces it.
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.drainMs ?? 10_000 }),
      ],
      // Introspection only outside production; the other protections hold in every mode.
      introspection: !options.production,
      // Refuses simple (form-like) requests a browser would send cross-site without a preflight.
      csrfPrevention: true,
      // Stack traces would show internals to other agencies' frontends.
      includeStacktraceInErrorResponses: false,
      formatError: formatErrorForCaller,
      logger,
    } as ApolloServerOptions<C>,
    { key: options.sharingKey, service: options.title },
  );
  await server.start();
  healthRoutes(app, options.ready);
  metricsRoute(app);
  if (!options.production) mountDeveloperPage(app, options.title);
  app.use(
    '/graphql',
    // Browsers may call only from the allow-listed origins (CORS_ORIGINS); others get no CORS headers.
    cors({ origin: options.corsOrigins ?? [], credentials: false }),
    express.json({ limit: options.bodyLimit ?? BODY_LIMIT }),
    (req: express.Request, _res: express.Response, next: express.NextFunction) =>
      options.aroundRequest ? options.aroundRequest(req, () => next()) : next(),
    expressMiddleware(server, { context: ({ req }) => options.context(req) }),
  );
  app.use(jsonErrors(options.bodyLimit ?? BODY_LIMIT));
  const port = await listen(httpServer, options.port);
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    async stop() {
      closeKeptAliveConnections();
      await server.stop();
    },
  };
}
