/** `npm run start:gateway`: the gateway alone, in front of subgraphs running elsewhere. */
// First: traces (when asked) must hook http before the library loads it.
// eslint-disable-next-line no-restricted-imports -- not through the index, which loads everything
import '../lib/tracing';
import { exitAfterFailedStart, keyDirFromDataDir, logger, prepareTokenVerification, stopOnShutdown, whenStopping } from '../lib';
import { gatewayConfig } from './config';
import { startGateway } from './server';

async function main() {
  stopOnShutdown();
  keyDirFromDataDir();
  await prepareTokenVerification();
  const gateway = await startGateway(gatewayConfig());
  whenStopping(() => gateway.stop());
  logger.info({ url: gateway.url }, 'gateway ready');
}

main().catch((error: unknown) => exitAfterFailedStart('the gateway', error));
