import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { ERRORS } from '../subgraphs/kit/errors';
import { logger } from '../subgraphs/kit/logger';

export interface GatewayContext {
  /** The caller's `Authorization` header, verified by the gateway and forwarded as is. */
  authorization?: string;
}

/** Codes a subgraph may answer a whole request with that the caller should see as they are. */
const PASSED_THROUGH = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);

/**
 * How the gateway calls one subgraph: it forwards the caller's token (each
 * subgraph verifies it again) and gives up after `timeoutMs`, because
 * `@apollo/gateway` has no fetch timeout of its own and a hung subgraph would
 * otherwise hang every query that touches it. Mutations are never retried: the
 * fetcher makes exactly one attempt.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly name: string;

  constructor(options: { name: string; url: string; timeoutMs: number }) {
    const timedFetch: Fetcher = (url, init) =>
      fetch(url, { ...(init as RequestInit), signal: AbortSignal.timeout(options.timeoutMs) }) as never;
    super({ url: options.url, fetcher: timedFetch });
    this.name = options.name;
  }

  willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  /**
   * A subgraph that cannot be reached, times out or fails as a whole. The caller
   * learns which part of the graph is missing, never the subgraph's URL, the
   * network error or the subgraph's raw body (the gateway's default puts all
   * three in the error); those go to the log. Called synchronously: it must throw, not reject.
   */
  didEncounterError(error: Error, _request: unknown, response?: FetcherResponse): void {
    logger.warn({ subgraph: this.name, status: response?.status, err: error.message }, 'subgraph request failed');
    const code = (error as { extensions?: { response?: { body?: { errors?: { extensions?: { code?: string }; message?: string }[] } } } })
      .extensions?.response?.body?.errors?.[0];
    if (code?.extensions?.code && PASSED_THROUGH.has(code.extensions.code)) {
      throw ERRORS[code.extensions.code as 'UNAUTHENTICATED'].err(code.message ?? code.extensions.code, { serviceName: this.name });
    }
    throw ERRORS.SERVICE_UNAVAILABLE.err(
      `The ${this.name} subgraph did not answer; the fields it owns are missing from this answer.`,
      { serviceName: this.name },
    );
  }
}
