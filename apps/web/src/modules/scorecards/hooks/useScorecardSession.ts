import { useQuery } from '@apollo/client/react';

import type { ScorecardSessionQuery as ScorecardSessionResult } from '@web/generated/graphql';
import { ScorecardSessionQuery } from '@web/modules/scorecards/graphql/queries/ScorecardSession';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type ScorecardSession = ScorecardSessionResult['session'];
export type Scorecard = NonNullable<ScorecardSession['myScorecard']>;

export type UseScorecardSessionResult = {
  session: ScorecardSession | null;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
  refresh: () => void;
};

export function useScorecardSession(
  sessionId: string | null,
): UseScorecardSessionResult {
  const { data, loading, error, refetch } = useQuery(ScorecardSessionQuery, {
    variables: { id: sessionId ?? '' },
    skip: !sessionId,
    // Other panelists submit while this page is open.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });

  return {
    session: data?.session ?? null,
    isLoading: loading && !data,
    error: error && !data ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
    refresh: () => void refetch().catch(() => undefined),
  };
}
