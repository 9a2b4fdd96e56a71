/** The codes services throw; with Apollo's and INTERNAL_SERVER_ERROR, all a client can receive (see format-error). */
export const DOMAIN_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'DATABASE_UNAVAILABLE',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * The one error type services throw. The GraphQL layer turns it into
 * `extensions.code`; `field` names the input field at fault, when one is.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: { field?: string; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (recordType: string) =>
  new DomainError('NOT_FOUND', `${recordType} not found`);

/** The database cannot be reached: nothing was done, and the same request may be retried. */
export const databaseUnavailable = () =>
  new DomainError('DATABASE_UNAVAILABLE', 'The database is unavailable right now; try again in a moment');
