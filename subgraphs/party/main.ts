// First: traces (when asked) must hook http and pg before the library loads them.
// eslint-disable-next-line no-restricted-imports -- not through the index, which loads everything
import '../../lib/tracing';
import { exitAfterFailedStart, runSubgraph } from '../../lib';
import { party } from './index';

runSubgraph(party).catch((error: unknown) => exitAfterFailedStart('the party subgraph', error));
