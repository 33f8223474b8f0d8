import type { SubgraphContext } from '../../lib';
import type { Loaders } from './loaders';

/** What the state subgraph's resolvers receive. */
export type Context = SubgraphContext<Loaders>;
