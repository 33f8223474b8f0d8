import { SubgraphDefinition, SubgraphName } from '../lib';

/**
 * The definition of each subgraph, loaded on demand so that a process running
 * one organization's subgraph loads only that organization's code.
 */
export function subgraphDefinition(name: SubgraphName): SubgraphDefinition<unknown> {
  /* eslint-disable @typescript-eslint/no-require-imports -- on demand: a process loads one family's code, not four */
  switch (name) {
    case 'party':
      return require('./party').party;
    case 'state':
      return require('./state').state;
    case 'front':
      return require('./front').front;
    case 'armed-forces':
      return require('./armed-forces').armedForces;
  }
}
