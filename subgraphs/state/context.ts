import type { SubgraphContext } from '../kit/subgraph';
import type { Loaders } from './loaders';

/** What the state subgraph's resolvers receive. */
export type Context = SubgraphContext<Loaders>;
