import { useQuery } from '@apollo/client/react';

import { CandidateQuery } from '@web/modules/candidates/graphql/queries/Candidate';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

import type { Candidate } from './useCandidates';

export type UseCandidateResult = {
  candidate: Candidate | null;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

export function useCandidate(
  id: string,
  { skip = false }: { skip?: boolean } = {},
): UseCandidateResult {
  const { data, loading, error, refetch } = useQuery(CandidateQuery, {
    variables: { id },
    skip,
  });

  return {
    candidate: data?.candidate ?? null,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
