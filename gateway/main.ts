/** `npm run start:gateway`: the gateway alone, in front of subgraphs running elsewhere. */
import { ensureDevelopmentKey } from '../subgraphs/kit/auth';
import { keyDirFromDataDir } from '../subgraphs/kit/config';
import { logger } from '../subgraphs/kit/logger';
import { stopOnShutdown, whenStopping } from '../subgraphs/kit/shutdown';
import { gatewayConfig } from './config';
import { startGateway } from './server';

async function main() {
  stopOnShutdown();
  keyDirFromDataDir();
  await ensureDevelopmentKey();
  const gateway = await startGateway(gatewayConfig());
  whenStopping(() => gateway.stop());
  logger.info({ url: gateway.url }, 'gateway ready');
}

main().catch((error) => {
  logger.error(error);
  process.exit(1);
});
