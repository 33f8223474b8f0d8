import { logger } from '../kit/logger';
import { runSubgraph } from '../kit/run';
import { armedForces } from './index';

runSubgraph(armedForces).catch((error: unknown) => {
  logger.error({ err: error }, 'armed-forces subgraph failed to start');
  process.exit(1);
});
