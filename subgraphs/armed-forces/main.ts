import { exitAfterFailedStart } from '../kit/shutdown';
import { runSubgraph } from '../kit/run';
import { armedForces } from './index';

runSubgraph(armedForces).catch((error: unknown) => exitAfterFailedStart('the armed-forces subgraph', error));
