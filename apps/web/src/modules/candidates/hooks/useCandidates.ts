import { useQuery } from '@apollo/client/react';

import type { CandidateFieldsFragment } from '@web/generated/graphql';
import { CandidatesQuery } from '@web/modules/candidates/graphql/queries/Candidates';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type Candidate = CandidateFieldsFragment;

export type UseCandidatesArgs = {
  search: string;
  after: string | null;
  pageSize: number;
};

export type UseCandidatesResult = {
  candidates: Candidate[];
  totalCount: number | null;
  isTotalCountCapped: boolean;
  hasNextPage: boolean;
  endCursor: string | null;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** One page of the team's candidates by name, filtered by name, email or role. */
export function useCandidates({
  search,
  after,
  pageSize,
}: UseCandidatesArgs): UseCandidatesResult {
  const { data, previousData, loading, error, refetch } = useQuery(
    CandidatesQuery,
    {
      variables: { search: search.trim() || null, first: pageSize, after },
    },
  );
  // Keep the previous page on screen while the next one loads.
  const connection = (data ?? previousData)?.candidates;

  return {
    candidates: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? null,
    isTotalCountCapped: connection?.isTotalCountCapped ?? false,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    endCursor: connection?.pageInfo.endCursor ?? null,
    isLoading: loading && !connection,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
