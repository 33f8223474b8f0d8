/** `npm run start:gateway`: the gateway alone, in front of subgraphs running elsewhere. */
import { ensureDevelopmentKey } from '../subgraphs/kit/auth';
import { portFor, SUBGRAPH_NAMES, subgraphUrlFor } from '../subgraphs/kit/config';
import { logger } from '../subgraphs/kit/logger';
import { startGateway } from './server';

async function main() {
  await ensureDevelopmentKey();
  const timeout = Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 10_000);
  const gateway = await startGateway({
    port: portFor('gateway'),
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrlFor(name)])) as never,
    subgraphTimeoutMs: timeout,
  });
  logger.info({ url: gateway.url }, 'gateway ready');
  const stop = async () => {
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  logger.error(error);
  process.exit(1);
});
