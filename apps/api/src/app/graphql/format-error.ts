import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

import { assertNever } from '@panelwise/shared-util';

import { isDatabaseUnavailable } from '@api/core/database/postgres-errors';

import { databaseUnavailable, DOMAIN_ERROR_CODES, DomainError, type DomainErrorCode } from '@api/core/domain-error';

const logger = new Logger('GraphQL');

// graphql-js stops coercing variables after 50 bad values with an error of its own that has no code.
const VARIABLE_ERROR_LIMIT = 'Too many errors processing variables';

// Apollo's codes for requests refused before any resolver runs (all HTTP 400).
const APOLLO_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
] as const;
const APOLLO_CODE_SET = new Set<string>(APOLLO_CODES);

/** Every `extensions.code` a client can receive: the README's "API errors" table lists exactly these (format-error.spec). */
export const CLIENT_ERROR_CODES: readonly string[] = [...new Set([...DOMAIN_ERROR_CODES, ...APOLLO_CODES, 'INTERNAL_SERVER_ERROR'])];

// graphql-js's wording when parseOptions.maxTokens stops the parser.
const TOKEN_LIMIT = /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/;
// graphql-js's suggestions, in validation ("Did you mean \"questions\"?") and variable coercion
// ("Did you mean the enum value \"COORDINATOR\"?") alike; names never hold a "?".
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export type ErrorFormatterOptions = {
  /** Drop graphql-js's "Did you mean …?" hints, which map the schema for a stranger (production). */
  hideSuggestions: boolean;
};

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

/** Apollo's formatError for the app's mode, used for HTTP and subscription answers alike. */
export function errorFormatter(options: ErrorFormatterOptions): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const answer = formatGraphQLError(formatted, error);

    return options.hideSuggestions ? { ...answer, message: answer.message.replace(SUGGESTION, '') } : answer;
  };
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
  if (typeof code === 'string' && APOLLO_CODE_SET.has(code)) {
    const tokenLimit = code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
    const message = tokenLimit ? `Token limit of ${tokenLimit[1]} exceeded: the document is too long to parse.` : formatted.message;

    return { message, locations: formatted.locations, extensions: { code } };
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
