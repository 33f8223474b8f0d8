/** `npm run start:gateway`: the gateway alone, in front of subgraphs running elsewhere. */
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
