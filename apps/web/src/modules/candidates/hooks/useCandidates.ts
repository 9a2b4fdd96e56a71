import type { CandidateFieldsFragment } from '@web/generated/graphql';
import { CandidatesQuery } from '@web/modules/candidates/graphql/queries/Candidates';
import { useConnectionSearch } from '@web/modules/shared/hooks/useConnectionSearch';
import type { ApiError } from '@web/modules/shared/utils/apiError';
import { searchTerm } from '@web/modules/shared/utils/searchTerm';

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
  // The previous page stays on screen while the next one loads.
  const page = useConnectionSearch(CandidatesQuery, 'candidates', {
    variables: { search: searchTerm(search), first: pageSize, after },
  });

  return {
    candidates: page.nodes,
    totalCount: page.totalCount,
    isTotalCountCapped: page.isTotalCountCapped,
    hasNextPage: page.hasNextPage,
    endCursor: page.endCursor,
    isLoading: page.isLoading,
    error: page.error,
    retry: page.retry,
  };
}
