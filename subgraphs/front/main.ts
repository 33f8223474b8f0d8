import { exitAfterFailedStart, runSubgraph } from '../../lib';
import { front } from './index';

runSubgraph(front).catch((error: unknown) => exitAfterFailedStart('the front subgraph', error));
