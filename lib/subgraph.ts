import type { DataSource } from 'typeorm';
import type { OrganizationTypeName, PlacedOrganization, Viewer } from './auth';
import type { SubgraphName } from './config';
import type { EntityList, MigrationList } from './database';
import type { OrganizationDirectory } from './organizations';
import type { PeerClient, PeerRequest } from './peers';

/** What every resolver of a subgraph receives: who asks, the request's loaders, the database, the other families. */
export interface SubgraphContext<Loaders> {
  /** Who asks, placed from its owner's records (`viewer.placed`). */
  viewer: Viewer;
  loaders: Loaders;
  db: DataSource;
  /** The other subgraphs, asked with the caller's own token (`authorization`). */
  peers: PeerClient;
  /** Every family's organizations, found in this database or asked of their owners. */
  organizations: OrganizationDirectory;
  /** The caller's `Authorization` header, verified, for asking other subgraphs on its behalf. */
  authorization: string;
}

/**
 * Everything the library (lib/) needs to run one organization family's subgraph:
 * its published SDL is `schema/<name>.graphql`; the rest is code.
 */
export interface SubgraphDefinition<Loaders = unknown> {
  name: SubgraphName;
  entities: EntityList;
  migrations: MigrationList;
  /** The resolver map, typed by `generated/resolvers.ts` in each subgraph. */
  resolvers: object;
  /**
   * One DataLoader per entity type (and per batched list field), built afresh for each
   * request; `peers` asks other families about their records with the caller's token
   * (which of the cases a party record names the caller may see).
   */
  createLoaders(db: DataSource, viewer: Viewer, peers: PeerRequest): Loaders;
  /**
   * One of this family's own organizations as its database records it; null when
   * there is none with this id. How every subgraph learns where a viewer of this
   * family stands (the others ask this subgraph through `_entities`).
   */
  placeOrganization(db: DataSource, type: OrganizationTypeName, id: string): Promise<PlacedOrganization | null>;
}
