import { exitAfterFailedStart, runSubgraph } from '../../lib';
import { state } from './index';

runSubgraph(state).catch((error: unknown) => exitAfterFailedStart('the state subgraph', error));
