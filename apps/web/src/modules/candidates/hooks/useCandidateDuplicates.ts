import { useQuery } from '@apollo/client/react';

import { CandidateDuplicatesQuery } from '@web/modules/candidates/graphql/queries/CandidateDuplicates';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

import type { Candidate } from './useCandidates';

export type UseCandidateDuplicatesResult = {
  /** Groups of candidates sharing an email, oldest record first. */
  groups: Candidate[][];
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** Only coordinators may ask; `isEnabled` false skips the query. */
export function useCandidateDuplicates(
  isEnabled: boolean,
): UseCandidateDuplicatesResult {
  const { data, loading, error, refetch } = useQuery(CandidateDuplicatesQuery, {
    skip: !isEnabled,
  });

  return {
    groups: data?.candidateDuplicates ?? [],
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
