import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { Viewer } from './auth';
import type { SubgraphName } from './config';

/** What every resolver of a subgraph receives: who asks, the request's loaders, the database. */
export interface SubgraphContext<Loaders> {
  viewer: Viewer;
  loaders: Loaders;
  db: DataSource;
}

/**
 * Everything the shared kit needs to run one organization family's subgraph:
 * its published SDL is `schema/<name>.graphql`; the rest is code.
 */
export interface SubgraphDefinition<Loaders = unknown> {
  name: SubgraphName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** The resolver map, typed by `generated/resolvers.ts` in each subgraph. */
  resolvers: object;
  /** One DataLoader per entity type (and per batched list field), built afresh for each request. */
  createLoaders(db: DataSource, viewer: Viewer): Loaders;
  /** Inserts the demo data set (design section 8); safe to run again. */
  seedDemo(db: DataSource): Promise<void>;
}
