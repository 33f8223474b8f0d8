/** `npm run start:gateway`: the gateway alone, in front of subgraphs running elsewhere. */
import { ensureDevelopmentKey } from '../subgraphs/kit/auth';
import { logger } from '../subgraphs/kit/logger';
import { gatewayConfig } from './config';
import { startGateway } from './server';

async function main() {
  await ensureDevelopmentKey();
  const gateway = await startGateway(gatewayConfig());
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
