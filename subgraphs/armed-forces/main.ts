import { exitAfterFailedStart, runSubgraph } from '../../lib';
import { armedForces } from './index';

runSubgraph(armedForces).catch((error: unknown) => exitAfterFailedStart('the armed-forces subgraph', error));
