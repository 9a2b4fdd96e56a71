import { useState } from 'react';

import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseLoadMoreResult = {
  /** Why the last "load more" failed; cleared when trying again. */
  loadMoreError: string | null;
  handleLoadMore: () => Promise<void>;
};

/** Runs a list's `loadMore` and keeps its failure to show next to the button. */
export function useLoadMore(loadMore: () => Promise<void>): UseLoadMoreResult {
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);

  const handleLoadMore = async () => {
    setLoadMoreError(null);
    try {
      await loadMore();
    } catch (error) {
      setLoadMoreError(toApiError(error).message);
    }
  };

  return { loadMoreError, handleLoadMore };
}
