import { exitAfterFailedStart } from '../kit/shutdown';
import { runSubgraph } from '../kit/run';
import { front } from './index';

runSubgraph(front).catch((error: unknown) => exitAfterFailedStart('the front subgraph', error));
