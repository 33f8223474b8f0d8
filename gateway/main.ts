/** `npm run start:gateway`: the gateway alone, in front of subgraphs running elsewhere. */
import { prepareTokenVerification } from '../subgraphs/kit/auth';
import { keyDirFromDataDir } from '../subgraphs/kit/config';
import { logger } from '../subgraphs/kit/logger';
import { exitAfterFailedStart, stopOnShutdown, whenStopping } from '../subgraphs/kit/shutdown';
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
