export type DomainErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'DATABASE_UNAVAILABLE';

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
