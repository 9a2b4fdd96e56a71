import { useQuery } from '@apollo/client/react';

import { MyInterviewsQuery } from '@web/modules/home/graphql/queries/MyInterviews';
import type { MyInterview } from '@web/modules/home/utils/interviewDays';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export const MY_INTERVIEWS_DAYS = 14;
// A session going live or being moved shows up without a reload.
const POLL_INTERVAL_MS = 60_000;

export type UseMyInterviewsResult = {
  sessions: MyInterview[];
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** The viewer's sessions still to run or running, soonest first. */
export function useMyInterviews(
  days: number = MY_INTERVIEWS_DAYS,
): UseMyInterviewsResult {
  const { data, loading, error, refetch } = useQuery(MyInterviewsQuery, {
    variables: { days },
    fetchPolicy: 'cache-and-network',
    pollInterval: POLL_INTERVAL_MS,
  });

  return {
    sessions: data?.myInterviews ?? [],
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
