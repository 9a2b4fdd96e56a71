import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR';

const KNOWN_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

/** A failed API call, reduced to what the UI shows: a code, a message and maybe a field. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.['code'];
    const field = first?.extensions?.['field'];

    return new ApiError(
      typeof code === 'string' && KNOWN_CODES.has(code)
        ? (code as ApiErrorCode)
        : 'INTERNAL_SERVER_ERROR',
      first?.message ?? 'Something went wrong',
      typeof field === 'string' ? field : undefined,
    );
  }
  if (ServerError.is(error)) {
    return new ApiError(
      'NETWORK_ERROR',
      `The server answered with HTTP ${error.statusCode}. Try again.`,
    );
  }

  return new ApiError(
    'NETWORK_ERROR',
    'Could not reach the server. Check your connection and try again.',
  );
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return (
    error !== undefined && error !== null && toApiError(error).code === code
  );
}
