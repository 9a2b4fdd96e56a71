import { useQuery } from '@apollo/client/react';

import type { CandidatesAwaitingDecisionQuery as AwaitingResult } from '@web/generated/graphql';
import { CandidatesAwaitingDecisionQuery } from '@web/modules/home/graphql/queries/CandidatesAwaitingDecision';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type AwaitingDecision =
  AwaitingResult['candidatesAwaitingDecision'][number];

export type UseCandidatesAwaitingDecisionResult = {
  candidates: AwaitingDecision[];
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** Candidates with submitted scorecards and no decision since their last session (coordinators). */
export function useCandidatesAwaitingDecision(): UseCandidatesAwaitingDecisionResult {
  const { data, loading, error, refetch } = useQuery(
    CandidatesAwaitingDecisionQuery,
    { fetchPolicy: 'cache-and-network' },
  );

  return {
    candidates: data?.candidatesAwaitingDecision ?? [],
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
