import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

import { assertNever } from '@panelwise/shared-util';

import { DomainError, type DomainErrorCode } from './domain-error';

const logger = new Logger('GraphQL');

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
      return code;
    default:
      return assertNever(code);
  }
}

type ValidationResponse = { message?: string | string[] };

function validationMessage(original: unknown): string | undefined {
  if (
    typeof original === 'object' &&
    original !== null &&
    'getResponse' in original &&
    typeof original.getResponse === 'function' &&
    'getStatus' in original &&
    typeof original.getStatus === 'function' &&
    original.getStatus() === 400
  ) {
    const response = original.getResponse() as ValidationResponse;
    const message = response.message;

    return Array.isArray(message) ? message.join('; ') : (message ?? 'Invalid input');
  }

  return undefined;
}

/**
 * Maps every error leaving the API to a typed code. Domain errors keep their
 * message; validation failures become BAD_USER_INPUT; anything else is logged
 * and masked so no internals leak.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: codeFor(original.code), ...original.details },
    };
  }
  const validation = validationMessage(original);
  if (validation) {
    return {
      message: validation,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  logger.error(original instanceof Error ? original.stack : String(original));

  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
