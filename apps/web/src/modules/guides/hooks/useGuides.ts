import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

import type { GuideFieldsFragment } from '@web/generated/graphql';
import { GuideListQuery } from '@web/modules/guides/graphql/queries/GuideList';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type GuideListItem = GuideFieldsFragment;

export type UseGuidesResult = {
  guides: GuideListItem[];
  totalCount: number | null;
  isTotalCountCapped: boolean;
  hasNextPage: boolean;
  isLoading: boolean;
  isRefreshing: boolean;
  isLoadingMore: boolean;
  error: ApiError | null;
  loadMore: () => Promise<void>;
  retry: () => void;
};

export const GUIDE_PAGE_SIZE = 25;

/** The team's imported guides, by title, optionally searched. */
export function useGuides(search: string): UseGuidesResult {
  const trimmed = search.trim();
  const {
    data,
    previousData,
    loading,
    error,
    networkStatus,
    fetchMore,
    refetch,
  } = useQuery(GuideListQuery, {
    variables: { search: trimmed || null, first: GUIDE_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const shown = data ?? (loading ? previousData : undefined);
  const connection = shown?.guides;

  const loadMore = async (): Promise<void> => {
    const after = data?.guides.pageInfo.endCursor;
    if (!after || !data.guides.pageInfo.hasNextPage) {
      return;
    }
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          const seen = new Set(
            previous.guides.edges.map((edge) => edge.node.id),
          );

          return {
            ...previous,
            guides: {
              ...fetchMoreResult.guides,
              totalCount:
                previous.guides.totalCount ?? fetchMoreResult.guides.totalCount,
              isTotalCountCapped: previous.guides.isTotalCountCapped,
              edges: [
                ...previous.guides.edges,
                ...fetchMoreResult.guides.edges.filter(
                  (edge) => !seen.has(edge.node.id),
                ),
              ],
            },
          };
        },
      });
    } catch (fetchError) {
      throw toApiError(fetchError);
    }
  };

  return {
    guides: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? null,
    isTotalCountCapped: connection?.isTotalCountCapped ?? false,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    isLoading: loading && !shown,
    isRefreshing: loading && !isLoadingMore && !data && !!shown,
    isLoadingMore,
    error: error && !isLoadingMore ? toApiError(error) : null,
    loadMore,
    retry: () => void refetch().catch(() => undefined),
  };
}
