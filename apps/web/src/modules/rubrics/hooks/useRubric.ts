import { useQuery } from '@apollo/client/react';

import { RubricQuery } from '@web/modules/rubrics/graphql/queries/Rubric';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

import type { Rubric } from './useRubrics';

export type UseRubricResult = {
  rubric: Rubric | null;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

export function useRubric(id: string): UseRubricResult {
  const { data, loading, error, refetch } = useQuery(RubricQuery, {
    variables: { id },
  });

  return {
    rubric: data?.rubric ?? null,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
