import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { formatErrorForCaller } from './formatError';

/**
 * GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/), the same at
 * the gateway and every subgraph.
 */

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const LEGACY_JSON = 'application/json';

/**
 * The quality a client's `Accept` header gives a media type by name (wildcards do
 * not count): `application/json;q=0.9` → 0.9; 0 when not named.
 */
function namedQuality(accept: string, mediaType: string): number {
  for (const range of accept.split(',')) {
    const [type, ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    if (type !== mediaType) continue;
    const q = params.find((param) => param.startsWith('q='));
    return q ? Number(q.slice(2)) || 0 : 1;
  }
  return 0;
}

/**
 * A legacy client: it names `application/json` and prefers it to
 * `application/graphql-response+json`. The media type itself is Apollo Server's
 * choice (`application/json` for `*\/*` or no header, as the spec's audits expect).
 */
function isLegacyClient(accept: string | undefined): boolean {
  if (!accept) return false;
  return namedQuality(accept, LEGACY_JSON) > namedQuality(accept, GRAPHQL_RESPONSE_JSON);
}

/** A request error: the operation was never executed (no `data` key at all), as opposed to a field error. */
function isRequestError(result: { data?: unknown }): boolean {
  return !('data' in result);
}

/**
 * - A document whose operation cannot be chosen (two operations and no
 *   `operationName`, or an unknown name) is a client mistake, 400
 *   `OPERATION_RESOLUTION_FAILURE`. A subgraph finds out while executing; the gateway's
 *   executor threw it as an internal error (500), so it is checked here, before.
 * - Status codes: a request error (parse, validation, variable coercion, operation
 *   resolution, a persisted query not found) has a 4xx status; only a legacy client,
 *   one that names `application/json` and prefers it to
 *   `application/graphql-response+json`, gets 200 with the errors, as the spec asks,
 *   because it may not read a 4xx body.
 * - The gateway reports a non-null field that came back null (a record the viewer may
 *   not see, a subgraph's broken promise) in `extensions.valueCompletion`, outside
 *   `errors` and so outside the error formatter: such errors are moved into `errors`,
 *   formatted like every other.
 */
export function httpSemanticsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          throw new GraphQLError(
            request.operationName
              ? `operationName: the document has no operation named "${request.operationName}"`
              : 'operationName: the document has several operations; name the one to run',
            { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
          );
        },
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const completion = result.extensions?.valueCompletion as GraphQLError[] | undefined;
          if (completion) {
            const { valueCompletion: _moved, ...extensions } = result.extensions!;
            result.extensions = Object.keys(extensions).length ? extensions : undefined;
            const formatted: GraphQLFormattedError[] = completion.map((error) =>
              formatErrorForCaller(error instanceof GraphQLError ? error.toJSON() : { message: String(error) }, error),
            );
            result.errors = [...(result.errors ?? []), ...formatted];
          }
          if (!isRequestError(result)) return;
          const status = response.http.status ?? 200;
          if (isLegacyClient(request.http?.headers.get('accept'))) {
            if (status === 400) response.http.status = 200;
          } else if (status === 200) {
            // A response without data MUST have a 4xx or 5xx status (e.g. a persisted query not found).
            response.http.status = 400;
          }
        },
      };
    },
  };
}
