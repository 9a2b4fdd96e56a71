import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';

import { BookingConflictsQuery } from '@web/modules/scheduling/graphql/queries/BookingConflicts';
import type { BookingViolation } from '@web/modules/scheduling/utils/bookingViolations';

/** The API's duration limits for a booking (ScheduleSessionInput). */
export const MIN_DURATION_MINUTES = 15;
export const MAX_DURATION_MINUTES = 480;
/** Typing a time fires one check, not one per keystroke. */
export const CONFLICTS_DEBOUNCE_MS = 400;

export type BookingConflictsRequest = {
  startsAt: Date | null;
  durationMinutes: number;
  /** The panel; empty with `sessionId` = that session's panel. */
  userIds: string[];
  /** A session being moved: its own time does not count against it. */
  sessionId?: string;
};

export type UseBookingConflictsResult = {
  /** The rules the planned time breaks, for the request last checked; empty = bookable. */
  violations: BookingViolation[];
  /** A request is waiting for its debounce or its answer. */
  isChecking: boolean;
};

function requestKey(request: BookingConflictsRequest): string | null {
  const { startsAt, durationMinutes, userIds, sessionId } = request;
  const isComplete =
    startsAt !== null &&
    !Number.isNaN(startsAt.getTime()) &&
    Number.isInteger(durationMinutes) &&
    durationMinutes >= MIN_DURATION_MINUTES &&
    durationMinutes <= MAX_DURATION_MINUTES &&
    (userIds.length > 0 || sessionId !== undefined);

  return isComplete
    ? JSON.stringify([
        startsAt.toISOString(),
        durationMinutes,
        [...userIds].sort(),
        sessionId ?? null,
      ])
    : null;
}

/**
 * Previews the booking rule (`bookingConflicts`) once panel, start and
 * duration are set, debounced. A failed check shows nothing: booking itself
 * answers with the same rule.
 */
export function useBookingConflicts(
  request: BookingConflictsRequest,
): UseBookingConflictsResult {
  const key = requestKey(request);
  const [debouncedKey] = useDebouncedValue(key, CONFLICTS_DEBOUNCE_MS);
  const parsed = debouncedKey
    ? (JSON.parse(debouncedKey) as [string, number, string[], string | null])
    : null;
  const { data, loading, error } = useQuery(BookingConflictsQuery, {
    variables: {
      input: parsed
        ? {
            startsAt: parsed[0],
            durationMinutes: parsed[1],
            userIds: parsed[2],
            ...(parsed[3] ? { sessionId: parsed[3] } : {}),
          }
        : { startsAt: '', userIds: [] },
    },
    skip: !parsed,
    // Bookings and availability change under the coordinator: always ask.
    fetchPolicy: 'network-only',
  });
  const isCurrent = key !== null && key === debouncedKey;

  return {
    violations:
      isCurrent && !loading && !error ? (data?.bookingConflicts ?? []) : [],
    isChecking: key !== null && (!isCurrent || loading),
  };
}
