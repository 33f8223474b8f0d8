import { logger } from '../kit/logger';
import { runSubgraph } from '../kit/run';
import { front } from './index';

runSubgraph(front).catch((error: unknown) => {
  logger.error({ err: error }, 'front subgraph failed to start');
  process.exit(1);
});
