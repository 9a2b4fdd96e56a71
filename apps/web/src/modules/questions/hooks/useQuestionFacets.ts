import { useQuery } from '@apollo/client/react';

import type { FacetCountFieldsFragment } from '@web/generated/graphql';
import { QuestionBankFacetsQuery } from '@web/modules/questions/graphql/queries/QuestionBankFacets';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type FacetCount = FacetCountFieldsFragment;

export type UseQuestionFacetsResult = {
  kinds: FacetCount[];
  tags: FacetCount[];
  verticals: FacetCount[];
  isLoading: boolean;
  error: ApiError | null;
};

/** Kinds, tags and verticals of the bank, with question counts. */
export function useQuestionFacets(): UseQuestionFacetsResult {
  const { data, loading, error } = useQuery(QuestionBankFacetsQuery);

  return {
    kinds: data?.questionFacets.kinds ?? [],
    tags: data?.questionFacets.tags ?? [],
    verticals: data?.questionFacets.verticals ?? [],
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
  };
}
