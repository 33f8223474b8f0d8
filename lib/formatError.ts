import type { GraphQLFormattedError } from 'graphql';
import { logger } from './logger';

/** Codes whose message is written for the caller and may be shown as it is. */
const CALLER_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Extensions a caller may see; everything else (raw subgraph responses, exceptions, URLs) stays in the logs. */
const CALLER_EXTENSIONS = ['code', 'field', 'serviceName', 'http', 'outcome'];

/**
 * The error's code. Apollo Server codes an error it raised without one as an
 * internal error; with a 4xx status (a persisted query whose hash does not match the
 * query) it is the client's mistake: `BAD_REQUEST`.
 */
function callerCode(formatted: GraphQLFormattedError, error: unknown): string {
  const code = formatted.extensions?.code;
  const original = (error as { extensions?: { code?: unknown; http?: { status?: unknown } } } | undefined)?.extensions;
  const status = original?.http?.status;
  if (original?.code === undefined && typeof status === 'number' && status >= 400 && status < 500) return 'BAD_REQUEST';
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * "Did you mean ...?" names fields and enum values the caller did not ask about: with
 * introspection off, it would map the schema piece by piece. graphql-armor removes it
 * from validation errors; variable values (an enum value in a variable) are checked
 * later, so it is removed here from every message, in every mode.
 */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .*$/s, '').replace(/ ?\[Suggestion hidden\]\??/g, '');
}

/**
 * Every error leaving a subgraph or the gateway: coded errors keep their message
 * and code; anything else becomes a generic internal error, logged here, because
 * its message may carry SQL, subgraph URLs, network errors or raw subgraph bodies
 * (the gateway passes all of those on by default, even in production).
 */
export function formatErrorForCaller(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const code = callerCode(formatted, error);
  const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([key]) => CALLER_EXTENSIONS.includes(key)));
  if (CALLER_CODES.has(code)) return { ...formatted, message: withoutSuggestions(formatted.message), extensions: { ...extensions, code } };
  logger.error({ err: error, path: formatted.path, message: formatted.message }, 'internal error');
  return {
    message: 'Internal error: the request could not be completed.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(extensions.serviceName ? { serviceName: extensions.serviceName } : {}) },
  };
}
