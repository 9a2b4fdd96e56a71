import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

import { assertNever } from '@panelwise/shared-util';

import { isDatabaseUnavailable } from '@api/database/postgres-errors';

import { databaseUnavailable, DomainError, type DomainErrorCode } from './domain-error';

const logger = new Logger('GraphQL');

// graphql-js stops coercing variables after 50 bad values with an error of its own that has no code.
const VARIABLE_ERROR_LIMIT = 'Too many errors processing variables';

const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function codeFor(code: DomainErrorCode): DomainErrorCode {
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'RATE_LIMITED':
    case 'DATABASE_UNAVAILABLE':
      return code;
    default:
      return assertNever(code);
  }
}

/**
 * Maps every error leaving the API to a typed code. Domain errors (validation
 * failures included, see app.factory) keep their message; an unreachable
 * database answers DATABASE_UNAVAILABLE (HTTP 503, see database-unavailable.plugin);
 * anything else is logged and masked so no internals leak.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const cause = error instanceof GraphQLError ? error.originalError : error;
  const isUnavailable = isDatabaseUnavailable(cause);
  if (isUnavailable) {
    logger.warn(`Database unavailable: ${(cause as Error).message}`);
  }
  const original = isUnavailable ? databaseUnavailable() : cause;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: codeFor(original.code), ...original.details },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  if (error instanceof GraphQLError && !error.originalError && error.message.startsWith(VARIABLE_ERROR_LIMIT)) {
    return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  logger.error(original instanceof Error ? original.stack : String(original));

  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
