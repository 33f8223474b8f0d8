import { exitAfterFailedStart, runSubgraph } from '../../lib';
import { party } from './index';

runSubgraph(party).catch((error: unknown) => exitAfterFailedStart('the party subgraph', error));
