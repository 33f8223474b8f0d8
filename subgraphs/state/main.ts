import { logger } from '../kit/logger';
import { runSubgraph } from '../kit/run';
import { state } from './index';

runSubgraph(state).catch((error: unknown) => {
  logger.error({ err: error }, 'state subgraph failed to start');
  process.exit(1);
});
