import { useQuery } from '@apollo/client/react';

import { FeedbackTimelinessQuery } from '@web/modules/timeliness/graphql/queries/FeedbackTimeliness';
import type {
  FeedbackTimeliness,
  ReminderSettings,
} from '@web/modules/timeliness/utils/timeliness';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type UseFeedbackTimelinessResult = {
  timeliness: FeedbackTimeliness | null;
  settings: ReminderSettings | null;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** Scorecards owed per interviewer and the team's reminder settings. */
export function useFeedbackTimeliness(): UseFeedbackTimelinessResult {
  const { data, loading, error, refetch } = useQuery(FeedbackTimelinessQuery, {
    // Ages move on: show the cached list, then the fresh one.
    fetchPolicy: 'cache-and-network',
  });

  return {
    timeliness: data?.feedbackTimeliness ?? null,
    settings: data?.team ?? null,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
