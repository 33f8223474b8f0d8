import { exitAfterFailedStart } from '../kit/shutdown';
import { runSubgraph } from '../kit/run';
import { state } from './index';

runSubgraph(state).catch((error: unknown) => exitAfterFailedStart('the state subgraph', error));
