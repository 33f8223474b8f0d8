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
const CALLER_EXTENSIONS = ['code', 'field', 'serviceName', 'http'];

/**
 * Every error leaving a subgraph or the gateway: coded errors keep their message
 * and code; anything else becomes a generic internal error, logged here, because
 * its message may carry SQL, subgraph URLs, network errors or raw subgraph bodies
 * (the gateway passes all of those on by default, even in production).
 */
export function formatErrorForCaller(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions ?? {}).filter(([key]) => CALLER_EXTENSIONS.includes(key)),
  );
  if (CALLER_CODES.has(code)) return { ...formatted, extensions: { ...extensions, code } };
  logger.error({ err: error, path: formatted.path, message: formatted.message }, 'internal error');
  return {
    message: 'Internal error: the request could not be completed.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(extensions.serviceName ? { serviceName: extensions.serviceName } : {}) },
  };
}
