import { QueryFailedError } from 'typeorm';

const hasCode = (error: unknown, code: string) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === code;

/** A unique index refused the row (SQLSTATE 23505). */
export const isUniqueViolation = (error: unknown) => hasCode(error, '23505');

/** An exclusion constraint refused the row (SQLSTATE 23P01), e.g. a double booking. */
export const isExclusionViolation = (error: unknown) => hasCode(error, '23P01');

// Socket errors of a server that is down or unreachable, and the server's own
// "going away" answers: admin_shutdown, crash_shutdown, cannot_connect_now.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
]);

// What node-postgres says, without a code, about a connection that died or never came up.
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'connection timeout',
  'timeout exceeded when trying to connect',
  'is not queryable',
  'terminating connection',
  // TypeORM, when the connection under a transaction died and it is used again.
  'Query runner already released',
];

/**
 * The database cannot be reached right now (stopped, restarting, network gone),
 * as opposed to a query it refused: the request may succeed when retried.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  if (!(driverError instanceof Error)) {
    return false;
  }
  const { code } = driverError as { code?: unknown };
  // SQLSTATE class 08: connection exception.
  const isUnavailable =
    typeof code === 'string'
      ? UNAVAILABLE_CODES.has(code) || code.startsWith('08')
      : UNAVAILABLE_MESSAGES.some((message) => driverError.message.includes(message));

  // An outage can also arrive wrapped, as the cause of another error.
  return isUnavailable || (depth < 3 && isDatabaseUnavailable(driverError.cause, depth + 1));
}
