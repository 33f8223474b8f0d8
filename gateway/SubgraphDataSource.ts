import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  ASTNode,
  DocumentNode,
  FragmentDefinitionNode,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  Kind,
  OperationDefinitionNode,
  parse,
  print,
  SelectionNode,
  visit,
} from 'graphql';
import { setMaxListeners } from 'node:events';
import { STATUS_CODES } from 'node:http';
import { Agent, request as sendHttp } from 'undici';
import { ERRORS, logger, Outcome, READ_AFTER_WRITE_HEADER, sharedSubgraphFetches, subgraphFetchDuration, type Viewer } from '../lib';

/**
 * What one request knows about time and its subgraphs. Built per request in the
 * context function: the deadline starts when the request arrives, and a subgraph
 * that failed it is remembered only for this request.
 */
export class RequestBudget {
  /**
   * Aborts when the request's time is up; every subgraph fetch of the request listens to it.
   * Held here, by the request's context, so it lives (and fires) as long as the request does.
   */
  readonly deadline: AbortSignal;
  /**
   * Subgraphs that did not answer earlier in this request (timed out, unreachable,
   * connection lost), with the error that said so. They are not asked again: a hung
   * subgraph would otherwise cost one full timeout per sequential fetch of the plan.
   */
  readonly unavailable = new Map<string, GraphQLError>();

  constructor(readonly timeoutMs: number) {
    // A plain controller and an unref'd timer: AbortSignal.timeout makes a transferable
    // signal, measurably dearer at hundreds of requests a second.
    const controller = new AbortController();
    setTimeout(() => controller.abort(new DOMException('request timed out', 'TimeoutError')), timeoutMs).unref();
    this.deadline = controller.signal;
    // Every fetch of the plan (and every follower of a shared one) listens to it.
    setMaxListeners(0, this.deadline);
  }
}

export interface GatewayContext {
  /** The caller's `Authorization` header, verified by the gateway and forwarded as is. */
  authorization?: string;
  /** What a subgraph's answer depends on of the caller (`authorizationScope`): identical fetches within it are shared. */
  scope?: string;
  budget: RequestBudget;
}

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;
type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type GatewayGraphQLRequest = ProcessOptions['request'];

/** Codes a subgraph may answer a whole request with that the caller should see as they are. */
const PASSED_THROUGH = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);

/** Connection errors raised before a byte of the request left: the subgraph cannot have acted on it. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** A failure of the HTTP client as fetch reports it, which `failure` reads: a TypeError "fetch failed" with the cause. */
function asFetchFailure(error: unknown): unknown {
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError' || error instanceof GraphQLError) return error;
  return new TypeError('fetch failed', { cause: error });
}

/**
 * The caller as far as a subgraph's answer to a query goes: the organization (what it
 * may read follows from where it stands) and the roles. The person (`sub`) matters to
 * writes only, which are never shared.
 */
export function authorizationScope(viewer: Viewer): string {
  return JSON.stringify([viewer.org.type, viewer.org.id, [...viewer.roles].sort()]);
}

/** A response of one's own: the parsed body copied, the HTTP response (read only) shared. */
function copyOfResponse(response: SubgraphResponse): SubgraphResponse {
  const { http, ...body } = response as SubgraphResponse & { http?: unknown };
  return { ...structuredClone(body), ...(http === undefined ? {} : { http }) } as SubgraphResponse;
}

/** Rejects with the signal's reason when it aborts (a follower's own deadline). */
function whenAborted(signal: AbortSignal): Promise<never> {
  const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
  // Once the race is over nobody listens: the deadline coming later is no error.
  aborted.catch(() => undefined);
  return aborted;
}

/** A GraphQL request as the subgraph receives it (JSON). */
function requestBody({ query, variables, operationName, extensions }: GatewayGraphQLRequest): string {
  return JSON.stringify({ query, variables, operationName, extensions });
}

/** Why a fetch failed, as far as the caller's data and writes are concerned. */
interface Failure {
  /** What the caller is told about the missing part. */
  error: GraphQLError;
  /** What happened, after "the <name> subgraph": `did not answer within 10000 ms`. */
  what: string;
  /** Whether the request may have reached the subgraph: a mutation's outcome is then unknown. */
  sent: boolean;
  /** The subgraph refused the request as a whole with a code the caller sees as it is: nothing was executed. */
  refused: boolean;
}

/**
 * How the gateway calls one subgraph: it forwards the caller's token (each
 * subgraph verifies it again), gives up on a fetch after `timeoutMs` or when the
 * request's deadline comes, and does not call a subgraph again in a request once
 * it failed to answer. Mutations are never retried (the fetcher makes exactly one
 * attempt) and are sent one field at a time, so that a mutation whose answer did
 * not come is the only one whose outcome is unknown.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly name: string;
  private readonly url: string;
  private readonly timeoutMs: number;
  /** Query fetches in flight, by token and body (`shared`). */
  private readonly inFlight = new Map<string, { answer: Promise<SubgraphResponse>; followers: number }>();
  /**
   * Keep-alive connections to the subgraph, at most `connections` of them: requests
   * beyond wait for a free one rather than opening sockets without bound.
   */
  private readonly agent: Agent;

  constructor(options: { name: string; url: string; timeoutMs: number; connections: number }) {
    this.name = options.name;
    this.url = options.url;
    this.timeoutMs = options.timeoutMs;
    this.agent = new Agent({ connections: options.connections, keepAliveTimeout: 30_000 });
  }

  /**
   * One POST of a GraphQL request, with the caller's token, over the keep-alive pool
   * (undici's `request`: fetch's streams and Request objects cost the gateway more CPU
   * than the rest of a fetch). Answers as Apollo's RemoteGraphQLDataSource does: the
   * parsed body, and for a status other than 2xx a GraphQLError carrying the response
   * (`failure` reads it); a failure to connect or to read is fetch's TypeError.
   */
  private async post(
    request: GatewayGraphQLRequest,
    authorization: string | undefined,
    signal: AbortSignal,
    afterWrite = false,
    body?: string,
  ): Promise<SubgraphResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization) headers.authorization = authorization;
    if (afterWrite) headers[READ_AFTER_WRITE_HEADER] = 'true';
    let status: number;
    let responseHeaders: Record<string, string | string[] | undefined>;
    let text: string;
    try {
      const response = await sendHttp(this.url, {
        method: 'POST',
        headers,
        body: body ?? requestBody(request),
        signal,
        dispatcher: this.agent,
      });
      ({ statusCode: status, headers: responseHeaders } = response);
      text = await response.body.text();
    } catch (error) {
      throw asFetchFailure(error);
    }
    const contentType = String(responseHeaders['content-type'] ?? '');
    const json = contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json');
    const answer: unknown = json ? JSON.parse(text) : text;
    if (status < 200 || status >= 300) {
      const statusText = STATUS_CODES[status] ?? '';
      const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : undefined;
      throw new GraphQLError(`${status}: ${statusText}`, {
        extensions: { response: { url: this.url, status, statusText, body: answer }, ...(code ? { code } : {}) },
      });
    }
    if (typeof answer !== 'object' || answer === null) throw new Error(`Expected JSON response body, but received: ${text}`);
    return answer as SubgraphResponse;
  }

  async process(options: ProcessOptions): Promise<SubgraphResponse> {
    // Health checks and schema loading (not used with a static supergraph) have no request behind them.
    if (!('incomingRequestContext' in options)) return this.post(options.request, undefined, AbortSignal.timeout(this.timeoutMs));
    const budget = options.incomingRequestContext.context.budget;
    // The query planner writes each fetch as one operation; a mutation fetch starts with its keyword.
    if (/^\s*mutation\b/.test(options.request.query ?? '')) return this.mutate(options, budget);
    const before = this.unavailableBefore(budget);
    if (before) throw before.error;
    try {
      // The fetches of a mutation's request read what it wrote: never shared, and from the primary.
      const afterWrite = options.incomingRequestContext.operation?.operation === 'mutation';
      return await (afterWrite ? this.send(options, budget, true) : this.shared(options, budget));
    } catch (error) {
      throw this.failure(error, budget).error;
    }
  }

  /**
   * Identical query fetches in flight share one: the same subgraph, authorization scope
   * (the organization and roles: what a subgraph answers depends on them) and body. A
   * dashboard opened by many officials of one organization at once costs the subgraph
   * one fetch, not one per request. A shared answer is copied for each (the gateway
   * writes into the answers it merges); a follower shares the leader's outcome but waits
   * no longer than its own request's deadline. Mutations are never shared.
   */
  private shared(options: ProcessOptions, budget: RequestBudget): Promise<SubgraphResponse> {
    const { request, context } = options;
    // The body is the key (with the scope) and what is sent: an entity fetch's representations
    // can be a province's thousands of organizations, written out once.
    const body = requestBody(request);
    const key = `${context.scope ?? context.authorization ?? ''}\n${body}`;
    const pending = this.inFlight.get(key);
    if (!pending) {
      const started = { answer: this.send(options, budget, false, body).finally(() => this.inFlight.delete(key)), followers: 0 };
      this.inFlight.set(key, started);
      // Alone, the leader takes the answer as it came: copies are made only when it is shared.
      return started.answer.then((answer) => (started.followers > 0 ? copyOfResponse(answer) : answer));
    }
    pending.followers += 1;
    sharedSubgraphFetches.inc({ subgraph: this.name });
    const copy = pending.answer.then(copyOfResponse);
    return budget.deadline.aborted ? Promise.reject(budget.deadline.reason) : Promise.race([copy, whenAborted(budget.deadline)]);
  }

  /** One attempt, bounded by this fetch's timeout and by the request's deadline. */
  private async send(options: ProcessOptions, budget: RequestBudget, afterWrite = false, body?: string): Promise<SubgraphResponse> {
    // One controller, aborted by this fetch's own timer or by the request's deadline: a timer
    // of our own rather than AbortSignal.timeout and AbortSignal.any, which make transferable
    // signals (dearer) and whose timeout signal can be garbage-collected before it fires (nodejs/node#57736).
    const fetchAbort = new AbortController();
    const timer = setTimeout(() => fetchAbort.abort(new DOMException('subgraph fetch timed out', 'TimeoutError')), this.timeoutMs);
    const onDeadline = () => fetchAbort.abort(budget.deadline.reason);
    if (budget.deadline.aborted) onDeadline();
    else budget.deadline.addEventListener('abort', onDeadline, { once: true });
    const end = subgraphFetchDuration.startTimer({ subgraph: this.name });
    let outcome = 'error';
    try {
      const response = await this.post(options.request, options.context.authorization, fetchAbort.signal, afterWrite, body);
      outcome = 'ok';
      return response;
    } catch (error) {
      outcome = fetchAbort.signal.aborted ? 'timeout' : 'error';
      throw error;
    } finally {
      clearTimeout(timer);
      budget.deadline.removeEventListener('abort', onDeadline);
      end({ outcome });
    }
  }

  /** Why this subgraph is not asked at all: it already failed this request, or the request's time is up. */
  private unavailableBefore(budget: RequestBudget): { error: GraphQLError; reason: string } | undefined {
    const earlier = budget.unavailable.get(this.name);
    if (earlier) return { error: earlier, reason: `the ${this.name} subgraph did not answer earlier in this request` };
    if (budget.deadline.aborted) {
      const error = ERRORS.SERVICE_UNAVAILABLE.err(
        `The ${this.name} subgraph was not asked: the request's time limit of ${budget.timeoutMs} ms ran out; the fields it owns are missing from this answer.`,
        { serviceName: this.name },
      );
      budget.unavailable.set(this.name, error);
      return { error, reason: `the request's time limit of ${budget.timeoutMs} ms ran out` };
    }
    return undefined;
  }

  /**
   * A subgraph that cannot be reached, times out or fails as a whole. The caller
   * learns which part of the graph is missing, never the subgraph's URL, the
   * network error or the subgraph's raw body (the gateway's default puts all
   * three in the error); those go to the log. A subgraph that did not answer at all
   * is remembered for the rest of the request.
   */
  private failure(error: unknown, budget: RequestBudget): Failure {
    const failed = error as Error & { cause?: { code?: string; errors?: { code?: string }[] } };
    const response = (error as { extensions?: { response?: { status?: number; body?: unknown } } }).extensions?.response;
    logger.warn({ subgraph: this.name, status: response?.status, err: failed?.message }, 'subgraph request failed');

    if (error instanceof GraphQLError && response) {
      const first = (response.body as { errors?: { extensions?: { code?: string }; message?: string }[] } | undefined)?.errors?.[0];
      const code = first?.extensions?.code;
      if (code && PASSED_THROUGH.has(code)) {
        const refusal = ERRORS[code as 'UNAUTHENTICATED'].err(first.message ?? code, { serviceName: this.name });
        return { error: refusal, what: 'refused the request', sent: true, refused: true };
      }
      if (code === 'GRAPHQL_VALIDATION_FAILED') {
        // The gateway validated the operation against the supergraph, where the custom scalars
        // (Date, DateTime) are names only: what a subgraph still finds invalid is a literal its
        // scalar refuses (`openedFrom: "2024-13-01"`), the caller's mistake. (A supergraph out of
        // step with a subgraph would show here too, by the subgraph's message; a test keeps them in step.)
        const refusal = ERRORS.BAD_USER_INPUT.err(first!.message ?? code, { serviceName: this.name });
        return { error: refusal, what: 'refused the request', sent: true, refused: true };
      }
    }
    const timedOut = failed?.name === 'TimeoutError' || failed?.name === 'AbortError';
    const connectCode = failed?.cause?.code ?? failed?.cause?.errors?.[0]?.code;
    const unreachable = !timedOut && connectCode !== undefined && NOT_CONNECTED.has(connectCode);
    const what = timedOut
      ? budget.deadline.aborted
        ? `did not answer before the request's time limit of ${budget.timeoutMs} ms`
        : `did not answer within ${this.timeoutMs} ms`
      : unreachable
        ? 'did not answer (it could not be reached)'
        : 'did not answer';
    const callerError = ERRORS.SERVICE_UNAVAILABLE.err(
      `The ${this.name} subgraph ${what}; the fields it owns are missing from this answer.`,
      { serviceName: this.name },
    );
    // Silence (no connection, no answer in time, the connection lost) rules the subgraph out for the
    // rest of the request; a subgraph that answered, even with an error status, is still reachable.
    // (A failure of the connection itself is the TypeError "fetch failed" that `asFetchFailure` makes of it.)
    const silent = timedOut || unreachable || (failed?.name === 'TypeError' && failed.message === 'fetch failed');
    if (silent) budget.unavailable.set(this.name, callerError);
    return { error: callerError, what, sent: !unreachable, refused: false };
  }

  /**
   * A mutation fetch, one field at a time and in order, stopping at the first
   * that does not come back. Each field the caller asked for gets its own error
   * with `extensions.outcome`: `UNKNOWN` when it was sent and no answer came (it
   * may have been performed: retrying with the same idempotency key is safe),
   * `NOT_PERFORMED` when it was not sent. Sending the fields of one fetch together
   * would make the outcome of all of them unknown when one hangs.
   */
  private async mutate(options: ProcessOptions, budget: RequestBudget): Promise<SubgraphResponse> {
    const data: Record<string, unknown> = {};
    const errors: GraphQLFormattedError[] = [];
    let notSentBecause: string | undefined;
    for (const part of mutationParts(options.request.query!, options.request.variables)) {
      notSentBecause ??= this.unavailableBefore(budget)?.reason;
      if (notSentBecause) {
        errors.push(...part.fields.map((field) => this.notPerformed(field, notSentBecause!)));
        continue;
      }
      let response: SubgraphResponse;
      try {
        response = await this.send({ ...options, request: { ...options.request, query: part.query, variables: part.variables } }, budget);
      } catch (error) {
        const failure = this.failure(error, budget);
        if (failure.refused) {
          // Refused before it ran (a token the subgraph does not accept): nothing was done.
          const { message, extensions } = failure.error;
          errors.push(...part.fields.map((field) => ({ message, path: [field.responseName], extensions })));
          notSentBecause = `${fieldLabel(part.fields[0])}, before it, was refused, and mutations run in order`;
        } else if (!failure.sent) {
          notSentBecause = `the ${this.name} subgraph could not be reached`;
          errors.push(...part.fields.map((field) => this.notPerformed(field, notSentBecause!)));
        } else {
          errors.push(...part.fields.map((field) => this.unknownOutcome(field, failure.what)));
          notSentBecause = `the outcome of ${fieldLabel(part.fields[0])}, sent before it, is unknown, and mutations run in order`;
        }
        continue;
      }
      errors.push(...(response.errors ?? []));
      // A failed non-null mutation field nulls the whole answer, and a subgraph stops there: so does the gateway.
      if (response.data == null) {
        notSentBecause = `${fieldLabel(part.fields[0])}, before it, failed, and mutations run in order`;
        continue;
      }
      Object.assign(data, response.data);
    }
    return { data, ...(errors.length ? { errors } : {}) };
  }

  private unknownOutcome(field: RootField, what: string): GraphQLFormattedError {
    return outcomeError(
      field,
      `Mutation ${fieldLabel(field)}: the ${this.name} subgraph ${what}, so whether it was performed is unknown. ` +
        'Sending it again with the same idempotencyKey is safe: if it was performed, the first result comes back and nothing is done twice.',
      this.name,
      'UNKNOWN',
    );
  }

  private notPerformed(field: RootField, reason: string): GraphQLFormattedError {
    return outcomeError(
      field,
      `Mutation ${fieldLabel(field)} was not performed: ${reason}, so it was not sent. Send it again.`,
      this.name,
      'NOT_PERFORMED',
    );
  }
}

interface RootField {
  responseName: string;
  fieldName: string;
}

/** `openCase`, or `first (openCase)` when aliased: the field as the caller wrote it. */
function fieldLabel(field: RootField): string {
  return field.responseName === field.fieldName ? field.fieldName : `${field.responseName} (${field.fieldName})`;
}

function outcomeError(field: RootField, message: string, serviceName: string, outcome: Outcome): GraphQLFormattedError {
  const { extensions } = ERRORS.SERVICE_UNAVAILABLE.err(message, { serviceName, outcome });
  return { message, path: [field.responseName], extensions };
}

interface MutationPart {
  fields: RootField[];
  query: string;
  variables: Record<string, unknown> | undefined;
}

/**
 * A mutation fetch's operation as one operation per root field, each with only the
 * variables and fragments it uses. The query planner writes root fields only; a
 * root-level fragment (which it does not write) keeps the operation whole.
 */
function mutationParts(query: string, variables: Record<string, unknown> | undefined): MutationPart[] {
  const document = parse(query);
  const operation = getOperationAST(document)!;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const selections = operation.selectionSet.selections;
  if (selections.length < 2 || !selections.every((s) => s.kind === Kind.FIELD)) {
    return [{ fields: rootFields(selections, fragments), query, variables }];
  }
  return selections.map((selection) => {
    const used = usedBy([selection], operation, fragments);
    const part: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [
        {
          ...operation,
          variableDefinitions: operation.variableDefinitions?.filter((d) => used.variables.has(d.variable.name.value)),
          selectionSet: { ...operation.selectionSet, selections: [selection] },
        } satisfies OperationDefinitionNode,
        ...[...used.fragments].map((name) => fragments.get(name)!),
      ],
    };
    return {
      fields: rootFields([selection], fragments),
      query: print(part),
      variables: variables && Object.fromEntries(Object.entries(variables).filter(([name]) => used.variables.has(name))),
    };
  });
}

function rootFields(selections: readonly SelectionNode[], fragments: Map<string, FragmentDefinitionNode>): RootField[] {
  return selections.flatMap((selection): RootField[] => {
    if (selection.kind === Kind.FIELD)
      return [{ responseName: (selection.alias ?? selection.name).value, fieldName: selection.name.value }];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet.selections, fragments);
    const fragment = fragments.get(selection.name.value);
    return fragment ? rootFields(fragment.selectionSet.selections, fragments) : [];
  });
}

/** The variables and fragments that `selections` use, through the fragments they spread. */
function usedBy(
  selections: readonly SelectionNode[],
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): { variables: Set<string>; fragments: Set<string> } {
  const used = { variables: new Set<string>(), fragments: new Set<string>() };
  const pending: ASTNode[] = [...selections, ...(operation.directives ?? [])];
  while (pending.length) {
    visit(pending.pop()!, {
      Variable: (node) => void used.variables.add(node.name.value),
      FragmentSpread: (node) => {
        if (used.fragments.has(node.name.value)) return;
        used.fragments.add(node.name.value);
        const fragment = fragments.get(node.name.value);
        if (fragment) pending.push(fragment);
      },
    });
  }
  return used;
}
