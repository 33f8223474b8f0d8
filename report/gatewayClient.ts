import { failure } from './errors';

/**
 * An operation the client sends: its name and document, typed with its result and
 * variables. The report's are generated from `report/operations/*.graphql`
 * (`npm run codegen`, report/generated/operations.ts).
 */
export interface Operation<Result, Variables> {
  readonly operationName: string;
  readonly query: string;
  /** Never set: carries the result and variable types to `request`. */
  readonly __types?: { result: Result; variables: Variables };
}

/**
 * POSTs the report's operations to the gateway with the caller's token and turns
 * everything that can go wrong on the way into one-line failures: the gateway not
 * reachable or not answering in time, an answer that is not GraphQL, and GraphQL
 * errors (the report is made from complete data or not at all). Every failure
 * names the URL it tried, so that a report sent to the wrong server says so.
 */
export class GatewayClient {
  constructor(
    readonly url: string,
    private readonly token: string,
    /** How long one operation may take; the gateway itself gives up on a subgraph after `SUBGRAPH_TIMEOUT_MS`. */
    private readonly timeoutMs = 60_000,
  ) {}

  async request<T, V>({ operationName, query }: Operation<T, V>, variables: NoInfer<V>): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${this.token}`,
        },
        body: JSON.stringify({ operationName, query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw failure(`cannot reach the gateway at ${this.url}: ${networkReason(error, this.timeoutMs)}`);
    }

    const text = await response.text().catch(() => '');
    let body: { data?: T | null; errors?: GraphQLErrorData[] } | undefined;
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = undefined;
    }
    if (!body || typeof body !== 'object' || (!('data' in body) && !('errors' in body))) {
      throw failure(`the gateway at ${this.url} answered ${operationName} with HTTP ${response.status} and no GraphQL response`);
    }
    if (body.errors?.length) throw failure(`the gateway at ${this.url} answered ${operationName} with ${describeErrors(body.errors)}`);
    if (!response.ok || body.data == null) {
      throw failure(`the gateway at ${this.url} answered ${operationName} with HTTP ${response.status} and no data`);
    }
    return body.data;
  }
}

interface GraphQLErrorData {
  message?: string;
  path?: (string | number)[];
  extensions?: { code?: string; serviceName?: string };
}

/** `UNAUTHENTICATED: Authorization: the token has expired` (+ `(and 2 more errors)`), on one line. */
function describeErrors(errors: GraphQLErrorData[]): string {
  const [first] = errors;
  const code = first.extensions?.code;
  const where = first.path?.length ? ` (at ${first.path.join('.')})` : '';
  const service = first.extensions?.serviceName ? ` [${first.extensions.serviceName}]` : '';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : '';
  const message = (first.message ?? 'unknown error').replace(/\s+/g, ' ').trim();
  return `${code ? `${code}: ` : ''}${message}${where}${service}${more}`;
}

/** Why a fetch failed, in words: `connection refused`, `no answer within 60 s`, ... */
function networkReason(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'connection refused (is the gateway running? `npm start`)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unknown host';
    case 'ECONNRESET':
      return 'the connection was reset';
  }
  const message = cause?.message ?? (error as Error).message ?? String(error);
  return message.replace(/\s+/g, ' ').trim();
}
