/**
 * The second engine of `npm run bench`: Hive Gateway (`@graphql-hive/gateway-runtime`)
 * with its Rust query planner (`@graphql-hive/router-runtime`; its default JavaScript
 * planner cannot plan this graph's `@requires`), serving the same supergraph over the
 * same running subgraphs as our gateway. Its settings are its defaults (it deduplicates
 * identical in-flight subgraph requests out of the box), but that it forwards the
 * caller's token, which the subgraphs verify, and keeps quiet.
 *
 * Run as its own process by the benchmark, so that its CPU and memory are its own:
 * `HIVE_PORT`, and `SUPERGRAPH_SDL_FILE` naming the supergraph with the subgraphs' URLs.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

const { HIVE_PORT, SUPERGRAPH_SDL_FILE } = process.env;

const gateway = createGatewayRuntime({
  supergraph: readFileSync(SUPERGRAPH_SDL_FILE!, 'utf8'),
  unifiedGraphHandler,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }),
  },
  logging: false,
  landingPage: false,
});

const server = createServer(gateway);
server.listen(Number(HIVE_PORT), () => process.stdout.write(`hive gateway on ${HIVE_PORT}\n`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
  });
}
