import { useQuery } from '@apollo/client/react';

import type { KitSummaryFieldsFragment } from '@web/generated/graphql';
import { KitsQuery } from '@web/modules/kits/graphql/queries/Kits';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type KitSummary = KitSummaryFieldsFragment;

export type UseKitsResult = {
  kits: KitSummary[];
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** The team's interview kits, by name. */
export function useKits(): UseKitsResult {
  const { data, loading, error, refetch } = useQuery(KitsQuery);

  return {
    kits: data?.kits ?? [],
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
