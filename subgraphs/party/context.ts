import type { SubgraphContext } from '../../lib';
import type { Loaders } from './loaders';

export type Context = SubgraphContext<Loaders>;
