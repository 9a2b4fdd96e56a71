import { useQuery } from '@apollo/client/react';

import { KitRubricOptionsQuery } from '@web/modules/kits/graphql/queries/KitRubricOptions';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type KitRubricOption = {
  id: string;
  name: string;
  defaultForKind: string | null;
  defaultForKindName?: string | null;
};

export type UseKitRubricOptionsResult = {
  rubrics: KitRubricOption[];
  isLoading: boolean;
  error: ApiError | null;
};

export function useKitRubricOptions(): UseKitRubricOptionsResult {
  const { data, loading, error } = useQuery(KitRubricOptionsQuery);

  return {
    rubrics: data?.rubrics ?? [],
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
  };
}
