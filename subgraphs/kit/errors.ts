import { GraphQLError } from 'graphql';

/**
 * Every error code the graph answers with, defined once and shared by all
 * subgraphs and the gateway (design section 7). Messages name the field and the
 * value that was wrong; the code tells a client what to do about it.
 */
function define(code: string, status: number, description: string) {
  return {
    code,
    description,
    err(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
      return new GraphQLError(message, { extensions: { ...extensions, code, http: { status } } });
    },
  };
}

export const ERRORS = {
  BAD_USER_INPUT: define('BAD_USER_INPUT', 400, 'An argument or input field has a value that is not allowed.'),
  UNAUTHENTICATED: define('UNAUTHENTICATED', 401, 'No valid token came with the request.'),
  FORBIDDEN: define('FORBIDDEN', 403, 'The token is valid but its organization or role may not do this.'),
  NOT_FOUND: define('NOT_FOUND', 404, 'A record named by the input does not exist.'),
  CONFLICT: define('CONFLICT', 409, 'The record changed since it was read, or an idempotency key was reused with other input.'),
  SERVICE_UNAVAILABLE: define('SERVICE_UNAVAILABLE', 503, 'A part of the graph could not be reached in time.'),
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** `BAD_USER_INPUT` naming the field, the value and what was expected. */
export function badInput(field: string, value: unknown, expected: string): GraphQLError {
  return ERRORS.BAD_USER_INPUT.err(`${field}: ${JSON.stringify(value)} is not valid: ${expected}`, {
    field,
  });
}
