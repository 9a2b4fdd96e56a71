import { useQuery } from '@apollo/client/react';

import type { RubricFieldsFragment } from '@web/generated/graphql';
import { RubricsQuery } from '@web/modules/rubrics/graphql/queries/Rubrics';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type Rubric = RubricFieldsFragment;

export type UseRubricsResult = {
  rubrics: Rubric[];
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** The team's rubrics (latest versions), by name. */
export function useRubrics(): UseRubricsResult {
  const { data, loading, error, refetch } = useQuery(RubricsQuery);

  return {
    rubrics: data?.rubrics ?? [],
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
