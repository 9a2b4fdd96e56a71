import { useQuery } from '@apollo/client/react';

import { WeekSessionsQuery } from '@web/modules/scheduling/graphql/queries/WeekSessions';

import type { ScheduledSession } from './useWeekSessions';

const ACTIVE = new Set(['SCHEDULED', 'IN_PROGRESS']);

/**
 * Active sessions that overlap [start, end) and share a panelist with the
 * planned panel: the clashes a booking would run into, shown before booking.
 */
export function useOverlappingSessions(
  start: Date | null,
  end: Date | null,
  userIds: string[],
): { clashes: ScheduledSession[]; isChecking: boolean } {
  const isReady = start !== null && end !== null && userIds.length > 0;
  const { data, loading } = useQuery(WeekSessionsQuery, {
    variables: {
      from: start?.toISOString() ?? '',
      to: end?.toISOString() ?? '',
    },
    skip: !isReady,
    fetchPolicy: 'network-only',
  });
  const people = new Set(userIds);

  return {
    clashes: isReady
      ? (data?.sessions ?? []).filter(
          (session) =>
            ACTIVE.has(session.status) &&
            session.panel.some((panelist) => people.has(panelist.user.id)),
        )
      : [],
    isChecking: isReady && loading,
  };
}
