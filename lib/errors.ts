import { GraphQLError } from 'graphql';

/**
 * Every error code the graph answers with, defined once and shared by all
 * subgraphs and the gateway (design section 7). Messages name the field and the
 * value that was wrong; the code tells a client what to do about it. Errors raised
 * while resolving carry no HTTP status: the response stays 200 with the data that
 * could be resolved (a status would make the gateway drop a subgraph's whole answer).
 */
function define(code: string, description: string, httpStatus?: number) {
  return {
    code,
    description,
    err(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
      return new GraphQLError(message, {
        extensions: { ...extensions, code, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
      });
    },
  };
}

export const ERRORS = {
  BAD_USER_INPUT: define('BAD_USER_INPUT', 'An argument or input field has a value that is not allowed.'),
  // Raised before execution (no valid token): the whole request fails, with HTTP 401.
  UNAUTHENTICATED: define('UNAUTHENTICATED', 'No valid token came with the request.', 401),
  FORBIDDEN: define('FORBIDDEN', 'The token is valid but its organization or role may not do this.'),
  NOT_FOUND: define('NOT_FOUND', 'A record named by the input does not exist.'),
  CONFLICT: define('CONFLICT', 'The record changed since it was read, or an idempotency key was reused with other input.'),
  SERVICE_UNAVAILABLE: define('SERVICE_UNAVAILABLE', 'A part of the graph could not be reached in time.'),
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** `BAD_USER_INPUT` naming the field, the value and what was expected. */
export function badInput(field: string, value: unknown, expected: string): GraphQLError {
  return ERRORS.BAD_USER_INPUT.err(`${field}: ${JSON.stringify(value)} is not valid: ${expected}`, {
    field,
  });
}

/**
 * `extensions.outcome` of a mutation the gateway could not complete, next to its
 * `SERVICE_UNAVAILABLE` code: what the caller knows of the mutation's effect, and
 * what to do about it.
 */
export const OUTCOMES = {
  UNKNOWN:
    'The mutation was sent and no answer came (no answer in time, the connection lost): it may or may not have been performed. ' +
    'Sending it again with the same idempotency key is safe: a performed mutation returns its first result.',
  NOT_PERFORMED:
    'The mutation was not sent (its subgraph could not be reached or had already failed the request, a mutation before it ' +
    "failed or has an unknown outcome, or the request's time ran out): nothing was done; send it again.",
} as const;

export type Outcome = keyof typeof OUTCOMES;
