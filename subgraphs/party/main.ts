import { logger } from '../kit/logger';
import { runSubgraph } from '../kit/run';
import { party } from './index';

runSubgraph(party).catch((error: unknown) => {
  logger.error({ err: error }, 'the party subgraph failed to start');
  process.exit(1);
});
