import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@web/modules/shared/utils/apiError';

import { useLoadMore } from './useLoadMore';

describe(useLoadMore.name, () => {
  it('should keep why loading more failed, and clear it when trying again', async () => {
    const loadMore = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new ApiError('INTERNAL_SERVER_ERROR', 'Timed out'))
      .mockResolvedValueOnce(undefined);
    const { result } = renderHook(() =>
      useLoadMore({ hasNextPage: true, isLoadingMore: false, loadMore }),
    );

    await act(() => result.current.onLoadMore());
    expect(result.current.error).toBe('Timed out');

    await act(() => result.current.onLoadMore());
    expect(result.current.error).toBeNull();
    expect(loadMore).toHaveBeenCalledTimes(2);
  });

  it('should hand on the list’s next-page state for the button', () => {
    const { result } = renderHook(() =>
      useLoadMore({
        hasNextPage: false,
        isLoadingMore: true,
        loadMore: () => Promise.resolve(),
      }),
    );

    expect(result.current.hasNextPage).toBe(false);
    expect(result.current.isLoadingMore).toBe(true);
    expect(result.current.error).toBeNull();
  });
});
