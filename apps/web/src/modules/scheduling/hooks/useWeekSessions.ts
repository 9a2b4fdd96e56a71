import { useQuery } from '@apollo/client/react';

import type { InterviewSessionFieldsFragment } from '@web/generated/graphql';
import { WeekSessionsQuery } from '@web/modules/scheduling/graphql/queries/WeekSessions';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type ScheduledSession = InterviewSessionFieldsFragment;

export type UseWeekSessionsResult = {
  sessions: ScheduledSession[];
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** Sessions overlapping [from, to): the team's for coordinators, one's own for interviewers. */
export function useWeekSessions(from: Date, to: Date): UseWeekSessionsResult {
  const { data, previousData, loading, error, refetch } = useQuery(
    WeekSessionsQuery,
    {
      variables: { from: from.toISOString(), to: to.toISOString() },
      // Bookings made elsewhere show up when the page is opened again.
      fetchPolicy: 'cache-and-network',
    },
  );
  const current = data ?? previousData;

  return {
    sessions: current?.sessions ?? [],
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
