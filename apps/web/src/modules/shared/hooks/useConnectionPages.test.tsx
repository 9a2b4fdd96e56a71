import type { ReactNode } from 'react';
import {
  MockedProvider,
  type MockedProviderProps,
} from '@apollo/client/testing/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { GuideListQuery } from '@web/modules/guides/graphql/queries/GuideList';

import { useConnectionPages } from './useConnectionPages';

type MockedProviderMocks = NonNullable<MockedProviderProps['mocks']>;

function guide(id: string) {
  return {
    __typename: 'Guide' as const,
    id,
    title: `Guide ${id}`,
    slug: `guide-${id}`,
    category: null,
    vertical: null,
    tags: [],
    questionCount: 3,
    importedAt: '2025-01-01T00:00:00.000Z',
    retiredAt: null,
  };
}

function page(
  ids: string[],
  {
    totalCount,
    hasNextPage,
  }: { totalCount: number | null; hasNextPage: boolean },
) {
  return {
    guides: {
      __typename: 'GuideConnection' as const,
      totalCount,
      isTotalCountCapped: false,
      pageInfo: {
        __typename: 'PageInfo' as const,
        hasNextPage,
        endCursor: ids.at(-1) ?? null,
      },
      edges: ids.map((id) => ({
        __typename: 'GuideEdge' as const,
        cursor: id,
        node: guide(id),
      })),
    },
  };
}

const FIRST_PAGE = {
  request: {
    query: GuideListQuery,
    variables: { search: null, first: 2 },
  },
  result: {
    data: page(['g1', 'g2'], { totalCount: 3, hasNextPage: true }),
  },
};

function renderGuidePages(mocks: MockedProviderMocks) {
  return renderHook(
    () =>
      useConnectionPages(GuideListQuery, 'guides', {
        variables: { search: null, first: 2 },
      }),
    {
      wrapper: ({ children }: { children: ReactNode }) => (
        <MockedProvider mocks={mocks}>{children}</MockedProvider>
      ),
    },
  );
}

describe(useConnectionPages.name, () => {
  it('should append the next page without repeats and keep the first count', async () => {
    const { result } = renderGuidePages([
      FIRST_PAGE,
      {
        request: {
          query: GuideListQuery,
          variables: { search: null, first: 2, after: 'g2' },
        },
        result: {
          data: page(['g2', 'g3'], { totalCount: null, hasNextPage: false }),
        },
      },
    ]);

    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.nodes).toHaveLength(2));
    expect(result.current.totalCount).toBe(3);
    expect(result.current.hasNextPage).toBe(true);

    await act(() => result.current.loadMore());

    await waitFor(() =>
      expect(result.current.nodes.map((node) => node.id)).toEqual([
        'g1',
        'g2',
        'g3',
      ]),
    );
    expect(result.current.totalCount).toBe(3);
    expect(result.current.hasNextPage).toBe(false);
    expect(result.current.error).toBeNull();
  });

  it('should reject loadMore with an ApiError when the next page fails', async () => {
    const { result } = renderGuidePages([
      FIRST_PAGE,
      {
        request: {
          query: GuideListQuery,
          variables: { search: null, first: 2, after: 'g2' },
        },
        error: new Error('offline'),
      },
    ]);
    await waitFor(() => expect(result.current.nodes).toHaveLength(2));

    await expect(result.current.loadMore()).rejects.toMatchObject({
      name: 'ApiError',
      code: 'NETWORK_ERROR',
    });
    // The failed page is reported by loadMore, not as the list's error.
    await waitFor(() => expect(result.current.isLoadingMore).toBe(false));
    expect(result.current.error).toBeNull();
    expect(result.current.nodes).toHaveLength(2);
  });
});
