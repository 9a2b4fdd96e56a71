import { GuideOptionsQuery } from '@web/modules/guides/graphql/queries/GuideOptions';
import { useConnectionSearch } from '@web/modules/shared/hooks/useConnectionSearch';
import type { ApiError } from '@web/modules/shared/utils/apiError';
import { searchTerm } from '@web/modules/shared/utils/searchTerm';

export type GuideOption = { value: string; label: string };

export type UseGuideOptionsResult = {
  options: GuideOption[];
  isLoading: boolean;
  error: ApiError | null;
};

export const GUIDE_OPTIONS_LIMIT = 50;

/** Guides matching `search` (title, slug, category, vertical), for a picker. */
export function useGuideOptions(search: string): UseGuideOptionsResult {
  const { nodes, isFetching, error } = useConnectionSearch(
    GuideOptionsQuery,
    'guides',
    { variables: { search: searchTerm(search), first: GUIDE_OPTIONS_LIMIT } },
  );

  return {
    options: nodes.map((node) => ({ value: node.id, label: node.title })),
    isLoading: isFetching,
    error,
  };
}
