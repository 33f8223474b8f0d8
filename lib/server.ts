import { buildSubgraphSchema } from '@apollo/subgraph';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { getOperationAST, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuthorization } from './auth';
import { isProduction } from './config';
import { CountedDataSource, readFromPrimary, replicaPools, withReadScope } from './database';
import { RunningServer, serveGraphQL, SUBGRAPH_BODY_LIMIT } from './graphqlServer';
import { inWaves } from './loaders';
import { watchPool } from './metrics';
import { within } from './promises';
import { OrganizationDirectory } from './organizations';
import { configuredPeerUrls, PeerClient, PeerUrls } from './peers';
import { schemaDir } from './paths';
import { DateScalar, DateTimeScalar } from './scalars';
import { SubgraphContext, SubgraphDefinition } from './subgraph';
export type { RunningServer } from './graphqlServer';

/**
 * Sent by the gateway with every fetch of a mutation's request: a query fetch after the
 * mutation (the fields of what it returned) reads from the primary too, so it sees the write.
 * Anyone may send it; it only moves reads to the primary.
 */
export const READ_AFTER_WRITE_HEADER = 'x-read-after-write';

/** How long `/ready` waits for a replica's `SELECT 1`: one that hangs must not hang the probe. */
const REPLICA_PROBE_MS = 1_000;

/** Whether a replica's pool answers `SELECT 1` within `REPLICA_PROBE_MS`. */
function answers(pool: { query(sql: string): Promise<unknown> }): Promise<boolean> {
  const answered = pool.query('SELECT 1').then(
    () => true,
    () => false,
  );
  return within(answered, REPLICA_PROBE_MS, false);
}

/**
 * Whether a request body (one operation or a batch) runs a mutation: then the whole
 * request, what its resolvers read before and after the change included, reads from
 * the primary. Only documents that mention `mutation` are parsed here; one that
 * does not parse is left to Apollo Server to refuse.
 */
function writes(body: unknown): boolean {
  return (Array.isArray(body) ? body : [body]).some((request: { query?: unknown; operationName?: unknown } | null) => {
    if (typeof request?.query !== 'string' || !request.query.includes('mutation')) return false;
    try {
      const name = typeof request.operationName === 'string' ? request.operationName : undefined;
      return getOperationAST(parse(request.query), name)?.operation === 'mutation';
    } catch {
      return false;
    }
  });
}

/**
 * A mutation whose text the body does not carry (a persisted query sent by its hash)
 * is known once its operation is resolved, before anything executes: from then on,
 * its request reads from the primary too.
 */
const mutationsReadFromPrimary: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'mutation') readFromPrimary();
      },
    };
  },
};

/**
 * Serves one subgraph over HTTP on `@apollo/server`: `/graphql`, `/health` and
 * `/ready`. Every GraphQL request, `_entities` included, must carry a token the
 * subgraph verifies itself; the gateway's word is not enough.
 */
export async function startSubgraphServer<L>(
  definition: SubgraphDefinition<L>,
  dataSource: CountedDataSource,
  port: number,
  /** Where the other subgraphs answer; `<NAME>_URL` (or localhost on `<NAME>_PORT`) unless given. */
  peerUrls: PeerUrls = configuredPeerUrls(),
): Promise<RunningServer> {
  const typeDefs = parse(readFileSync(join(schemaDir, `${definition.name}.graphql`), 'utf8'));
  const peers = new PeerClient(peerUrls);
  const organizations = new OrganizationDirectory(definition.name, definition.placeOrganization, dataSource, peers);
  watchPool(`${definition.name} subgraph`, dataSource);
  return serveGraphQL<SubgraphContext<L>>({
    bodyLimit: SUBGRAPH_BODY_LIMIT,
    title: `${definition.name} subgraph`,
    executor: {
      schema: buildSubgraphSchema({
        typeDefs,
        resolvers: { Date: DateScalar, DateTime: DateTimeScalar, ...definition.resolvers } as never,
      }),
    },
    // Federated traces and cache hints cost time on every request (the hints a hook on every
    // field resolved) and nothing reads them: the gateway does not look at its fetches' Cache-Control.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), mutationsReadFromPrimary],
    context: async (req) => {
      const authorization = req.headers.authorization!;
      const viewer = await verifyAuthorization(authorization);
      // Where the viewer's organization stands, from its owner's records: what it may read and write follows from it.
      viewer.placed = await organizations.place(viewer, authorization);
      const loaders = inWaves(() => definition.createLoaders(dataSource, viewer, { peers, authorization }));
      return { viewer, db: dataSource, peers, organizations, authorization, loaders };
    },
    // With read replicas, a query reads from one; a request that runs a mutation reads only from the primary.
    aroundRequest: dataSource.replicated
      ? (req, proceed) =>
          withReadScope(() => {
            if (writes(req.body) || req.headers[READ_AFTER_WRITE_HEADER] === 'true') readFromPrimary();
            proceed();
          })
      : undefined,
    ready: async () => {
      // Ready while the primary answers; a replica that does not only costs capacity (its reads go elsewhere), so it is reported, not required.
      const [replicas] = await Promise.all([Promise.all(replicaPools(dataSource).map(answers)), dataSource.query('SELECT 1')]);
      return replicas.length
        ? { ready: true, replicas: { answering: replicas.filter(Boolean).length, of: replicas.length } }
        : { ready: true };
    },
    port,
    production: isProduction(),
  });
}
