import { useState } from 'react';

import { toApiError } from '@web/modules/shared/utils/apiError';

/** What a paged list offers for its next page (see useConnectionPages). */
export type LoadMorePages = {
  hasNextPage: boolean;
  isLoadingMore: boolean;
  /** Appends the next page; rejects when it fails. */
  loadMore: () => Promise<void>;
};

export type UseLoadMoreResult = {
  /** Why the last "load more" failed; cleared when trying again. */
  error: string | null;
  hasNextPage: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => Promise<void>;
};

/**
 * Runs a list's `loadMore` and keeps its failure to show next to the button:
 * the result spreads into LoadMoreButton.
 */
export function useLoadMore(pages: LoadMorePages): UseLoadMoreResult {
  const [error, setError] = useState<string | null>(null);

  const onLoadMore = async () => {
    setError(null);
    try {
      await pages.loadMore();
    } catch (loadError) {
      setError(toApiError(loadError).message);
    }
  };

  return {
    error,
    hasNextPage: pages.hasNextPage,
    isLoadingMore: pages.isLoadingMore,
    onLoadMore,
  };
}
