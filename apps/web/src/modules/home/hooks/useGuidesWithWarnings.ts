import { useQuery } from '@apollo/client/react';

import type { GuidesWithWarningsQuery as GuidesResult } from '@web/generated/graphql';
import { GuidesWithWarningsQuery } from '@web/modules/home/graphql/queries/GuidesWithWarnings';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type GuideWithWarnings = GuidesResult['guides']['edges'][number]['node'];

/** Enough to act on from Home; the guides page lists them all. */
export const GUIDES_WITH_WARNINGS_SHOWN = 5;

export type UseGuidesWithWarningsResult = {
  guides: GuideWithWarnings[];
  totalCount: number;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** Guides whose stored content has import warnings, by title. */
export function useGuidesWithWarnings(): UseGuidesWithWarningsResult {
  const { data, loading, error, refetch } = useQuery(GuidesWithWarningsQuery, {
    variables: { first: GUIDES_WITH_WARNINGS_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const guides = data?.guides.edges.map((edge) => edge.node) ?? [];

  return {
    guides,
    totalCount: data?.guides.totalCount ?? guides.length,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
