import {
  CountedDataSource,
  RunningServer,
  signDevelopmentToken,
  startSubgraphServer,
  SUBGRAPH_NAMES,
  SubgraphName,
  Viewer,
} from '../../lib';
import { subgraphDefinition } from '../../subgraphs';
import { startGateway } from '../../gateway/server';
import { seededDatabase } from './databases';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/**
 * A token for tests; by default a reader of Lâm Đồng's Propaganda and Mass
 * Mobilization Commission (formed on 2025-07-01, it stands over Bình Thuận's records,
 * whose commission MMC-60 ended on 2025-06-30 and reads nothing restricted today).
 * Where the organization stands is for the subgraphs to find out.
 */
export function tokenFor(viewer: Partial<Viewer> = {}, expiresIn?: string): Promise<string> {
  return signDevelopmentToken(
    {
      sub: viewer.sub ?? 'test-user',
      org: viewer.org ?? { type: 'MassMobilizationCommission', id: 'MMC-68-2025' },
      roles: viewer.roles ?? ['reader'],
    },
    expiresIn,
  );
}

/** POSTs a GraphQL operation to `url`. */
export async function postGraphQL<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  return { ...body, status: response.status };
}

export interface RunningSubgraph {
  server: RunningServer;
  db: CountedDataSource;
}

/**
 * Real servers over real HTTP on free ports: the subgraphs asked for (all four
 * by default) on their seeded databases, and with all four the gateway in front.
 * A subgraph started without another one cannot ask it anything: a viewer of that
 * family stays unplaced (reads nothing RESTRICTED), and its ids cannot be checked.
 */
export class Services {
  private constructor(
    readonly subgraphs: Partial<Record<SubgraphName, RunningSubgraph>>,
    readonly gateway: RunningServer | undefined,
    private readonly token: string,
  ) {}

  /**
   * `databaseSuffix` gives this file databases of its own (for tests that write);
   * `production` starts the gateway with production settings; `viewer` is who asks
   * when a test gives no token (a reader of MMC-68-2025 by default).
   */
  static async start(
    names: readonly SubgraphName[] = SUBGRAPH_NAMES,
    options: { gatewayTimeoutMs?: number; databaseSuffix?: string; production?: boolean; viewer?: Partial<Viewer> } = {},
  ) {
    const subgraphs: Partial<Record<SubgraphName, RunningSubgraph>> = {};
    // Each subgraph asks the others (where a viewer stands, whether an id exists) at the URLs they got.
    const peerUrls: Partial<Record<SubgraphName, string>> = {};
    for (const name of names) {
      const db = await seededDatabase(name, options.databaseSuffix);
      subgraphs[name] = { db, server: await startSubgraphServer(subgraphDefinition(name), db, 0, () => peerUrls) };
      peerUrls[name] = subgraphs[name]!.server.url;
    }
    const gateway =
      names.length === SUBGRAPH_NAMES.length
        ? await startGateway({
            port: 0,
            subgraphUrls: Object.fromEntries(names.map((n) => [n, subgraphs[n]!.server.url])) as never,
            subgraphTimeoutMs: options.gatewayTimeoutMs ?? 10_000,
            production: options.production,
          })
        : undefined;
    return new Services(subgraphs, gateway, await tokenFor(options.viewer));
  }

  /** Runs an operation through the gateway, with a reader's token unless another is given. */
  queryGateway<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token: string | null = this.token) {
    if (!this.gateway) throw new Error('the gateway runs only when all four subgraphs do');
    return postGraphQL<T>(this.gateway.url, query, variables, token);
  }

  /** Runs an operation against one subgraph directly. */
  querySubgraph<T = Record<string, any>>(
    name: SubgraphName,
    query: string,
    variables?: Record<string, unknown>,
    token: string | null = this.token,
  ) {
    return postGraphQL<T>(this.subgraphs[name]!.server.url, query, variables, token);
  }

  /** SQL statements sent by each subgraph while `action` runs. */
  async countStatements(action: () => Promise<unknown>): Promise<Record<SubgraphName, number>> {
    const entries = Object.entries(this.subgraphs) as [SubgraphName, RunningSubgraph][];
    for (const [, { db }] of entries) db.statementCounter.reset();
    await action();
    return Object.fromEntries(entries.map(([name, { db }]) => [name, db.statementCounter.count])) as Record<SubgraphName, number>;
  }

  async stop(): Promise<void> {
    await this.gateway?.stop();
    for (const { server, db } of Object.values(this.subgraphs)) {
      await server.stop();
      await db.destroy();
    }
  }
}
