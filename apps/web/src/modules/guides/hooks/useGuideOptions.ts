import { useQuery } from '@apollo/client/react';

import { GuideOptionsQuery } from '@web/modules/guides/graphql/queries/GuideOptions';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type GuideOption = { value: string; label: string };

export type UseGuideOptionsResult = {
  options: GuideOption[];
  isLoading: boolean;
  error: ApiError | null;
};

export const GUIDE_OPTIONS_LIMIT = 50;

/** Guides matching `search` (title, slug, category, vertical), for a picker. */
export function useGuideOptions(search: string): UseGuideOptionsResult {
  const trimmed = search.trim();
  const { data, previousData, loading, error } = useQuery(GuideOptionsQuery, {
    variables: { search: trimmed || null, first: GUIDE_OPTIONS_LIMIT },
  });
  const shown = data ?? previousData;

  return {
    options:
      shown?.guides.edges.map(({ node }) => ({
        value: node.id,
        label: node.title,
      })) ?? [],
    isLoading: loading,
    error: error ? toApiError(error) : null,
  };
}
