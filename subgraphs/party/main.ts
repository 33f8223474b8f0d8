import { exitAfterFailedStart } from '../kit/shutdown';
import { runSubgraph } from '../kit/run';
import { party } from './index';

runSubgraph(party).catch((error: unknown) => exitAfterFailedStart('the party subgraph', error));
