import { useQuery } from '@apollo/client/react';

import type { TeamTodayQuery as TeamTodayResult } from '@web/generated/graphql';
import { TeamTodayQuery } from '@web/modules/home/graphql/queries/TeamToday';
import { todayRange } from '@web/modules/home/utils/todayRange';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type TodaySession = TeamTodayResult['sessions'][number];

export type UseTeamTodayResult = {
  sessions: TodaySession[];
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** The team's sessions on the viewer's local day (a coordinator sees every one). */
export function useTeamToday(now: Date, timeZone: string): UseTeamTodayResult {
  const { from, to } = todayRange(now, timeZone);
  const { data, loading, error, refetch } = useQuery(TeamTodayQuery, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });

  return {
    sessions: data?.sessions ?? [],
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
