import { QueryFailedError } from 'typeorm';

const hasCode = (error: unknown, code: string) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === code;

/** A unique index refused the row (SQLSTATE 23505). */
export const isUniqueViolation = (error: unknown) => hasCode(error, '23505');

/** An exclusion constraint refused the row (SQLSTATE 23P01), e.g. a double booking. */
export const isExclusionViolation = (error: unknown) => hasCode(error, '23P01');
