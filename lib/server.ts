import { buildSubgraphSchema } from '@apollo/subgraph';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuthorization } from './auth';
import { isProduction } from './config';
import { CountedDataSource } from './database';
import { RunningServer, serveGraphQL, SUBGRAPH_BODY_LIMIT } from './graphqlServer';
import { inWaves } from './loaders';
import { watchPool } from './metrics';
import { OrganizationDirectory } from './organizations';
import { configuredPeerUrls, PeerClient, PeerUrls } from './peers';
import { schemaDir } from './paths';
import { DateScalar, DateTimeScalar } from './scalars';
import { SubgraphContext, SubgraphDefinition } from './subgraph';
export type { RunningServer } from './graphqlServer';

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
    // Federated traces cost time on every request and nobody reads them here.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    context: async (req) => {
      const authorization = req.headers.authorization!;
      const viewer = await verifyAuthorization(authorization);
      // Where the viewer's organization stands, from its owner's records: what it may read and write follows from it.
      viewer.placed = await organizations.place(viewer, authorization);
      const loaders = inWaves(() => definition.createLoaders(dataSource, viewer, { peers, authorization }));
      return { viewer, db: dataSource, peers, organizations, authorization, loaders };
    },
    ready: async () => {
      await dataSource.query('SELECT 1');
      return { ready: true };
    },
    port,
    production: isProduction(),
  });
}
