import { CombinedGraphQLErrors } from '@apollo/client/errors';

import { ApiError, toApiError } from '@web/modules/shared/utils/apiError';

import { type BookingViolation, parseViolations } from './bookingViolations';

export type FieldProblem = { field: string; message: string };

/** The extensions scheduling errors carry besides code and field. */
export type ErrorDetails = {
  /** CONFLICT from booking: the session a panelist is already on. */
  clashingSessionId?: string;
  /** BAD_USER_INPUT from rescheduling: 'RESCHEDULE_POLICY'; CONFLICT from booking: 'NOT_BOOKABLE'. */
  reason?: string;
  canOverride?: boolean;
  /** CONFLICT NOT_BOOKABLE: every rule the time breaks, naming the panelist. */
  violations: BookingViolation[];
  /** Every problem of an availability input, not only the first. */
  problems: FieldProblem[];
};

/** An {@link ApiError} that keeps the extensions the scheduling screens act on. */
export class DetailedApiError extends ApiError {
  constructor(
    base: ApiError,
    readonly details: ErrorDetails,
  ) {
    super(base.code, base.message, base.field);
    this.name = 'DetailedApiError';
  }

  get isReschedulePolicy(): boolean {
    return this.details.reason === 'RESCHEDULE_POLICY';
  }

  get isNotBookable(): boolean {
    return this.details.reason === 'NOT_BOOKABLE';
  }
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).field === 'string' &&
    typeof (value as FieldProblem).message === 'string'
  );
}

export function toDetailedApiError(error: unknown): DetailedApiError {
  if (error instanceof DetailedApiError) {
    return error;
  }
  const base = toApiError(error);
  const extensions = CombinedGraphQLErrors.is(error)
    ? (error.errors[0]?.extensions ?? {})
    : {};
  const problems = Array.isArray(extensions['problems'])
    ? extensions['problems'].filter(isFieldProblem)
    : [];
  const clashingSessionId = extensions['clashingSessionId'];
  const reason = extensions['reason'];

  return new DetailedApiError(base, {
    ...(typeof clashingSessionId === 'string' ? { clashingSessionId } : {}),
    ...(typeof reason === 'string' ? { reason } : {}),
    canOverride: extensions['canOverride'] === true,
    violations: parseViolations(extensions['violations']),
    problems:
      problems.length || !base.field
        ? problems.map(({ field, message }) => ({ field, message }))
        : [{ field: base.field, message: base.message }],
  });
}
