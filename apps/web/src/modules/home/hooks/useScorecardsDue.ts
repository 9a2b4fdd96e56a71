import { useQuery } from '@apollo/client/react';

import { ScorecardsDueQuery } from '@web/modules/home/graphql/queries/ScorecardsDue';
import type { ScorecardDue } from '@web/modules/home/utils/scorecardDue';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

const POLL_INTERVAL_MS = 60_000;

export type UseScorecardsDueResult = {
  scorecards: ScorecardDue[];
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** Sessions the viewer sat on that still need their scorecard. */
export function useScorecardsDue(): UseScorecardsDueResult {
  const { data, loading, error, refetch } = useQuery(ScorecardsDueQuery, {
    // A scorecard submitted in another tab leaves the list on return.
    fetchPolicy: 'cache-and-network',
    pollInterval: POLL_INTERVAL_MS,
  });

  return {
    scorecards: data?.scorecardsDue ?? [],
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
