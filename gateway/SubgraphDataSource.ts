import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';

export interface GatewayContext {
  /** The caller's `Authorization` header, verified by the gateway and forwarded as is. */
  authorization?: string;
}

/**
 * How the gateway calls one subgraph: it forwards the caller's token (each
 * subgraph verifies it again) and gives up after `timeoutMs`, because
 * `@apollo/gateway` has no fetch timeout of its own and a hung subgraph would
 * otherwise hang every query that touches it.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: { name: string; url: string; timeoutMs: number }) {
    const timedFetch: Fetcher = (url, init) =>
      fetch(url, { ...(init as RequestInit), signal: AbortSignal.timeout(options.timeoutMs) }) as never;
    super({ url: options.url, fetcher: timedFetch });
  }

  willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}
