import type { ReactNode } from 'react';
import {
  MockedProvider,
  type MockedProviderProps,
} from '@apollo/client/testing/react';
import { renderHook, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';

import { GuideOptionsQuery } from '@web/modules/guides/graphql/queries/GuideOptions';

import { useConnectionSearch } from './useConnectionSearch';

function answer(search: string | null, titles: string[]) {
  return {
    request: { query: GuideOptionsQuery, variables: { search, first: 5 } },
    delay: 20,
    result: {
      data: {
        guides: {
          __typename: 'GuideConnection' as const,
          edges: titles.map((title) => ({
            __typename: 'GuideEdge' as const,
            node: { __typename: 'Guide' as const, id: title, title },
          })),
        },
      },
    },
  };
}

function renderSearch(
  mocks: NonNullable<MockedProviderProps['mocks']>,
  initialSearch: string | null,
) {
  return renderHook(
    ({ search }: { search: string | null }) =>
      useConnectionSearch(GuideOptionsQuery, 'guides', {
        variables: { search, first: 5 },
      }),
    {
      initialProps: { search: initialSearch },
      wrapper: ({ children }: { children: ReactNode }) => (
        <MockedProvider mocks={mocks}>{children}</MockedProvider>
      ),
    },
  );
}

describe(useConnectionSearch.name, () => {
  it('should keep the previous results on screen while the next search loads', async () => {
    const { result, rerender } = renderSearch(
      [answer(null, ['Alpha', 'Beta']), answer('be', ['Beta'])],
      null,
    );
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.nodes).toHaveLength(2));
    expect(result.current.totalCount).toBeNull();
    expect(result.current.hasNextPage).toBe(false);

    rerender({ search: 'be' });

    await waitFor(() => expect(result.current.isFetching).toBe(true));
    expect(result.current.isLoading).toBe(false);
    expect(result.current.nodes.map((node) => node.title)).toEqual([
      'Alpha',
      'Beta',
    ]);
    await waitFor(() =>
      expect(result.current.nodes.map((node) => node.title)).toEqual(['Beta']),
    );
    expect(result.current.isFetching).toBe(false);
  });

  it('should hand on a failed search as an ApiError', async () => {
    const { result } = renderSearch(
      [
        {
          request: {
            query: GuideOptionsQuery,
            variables: { search: 'x', first: 5 },
          },
          result: {
            errors: [
              new GraphQLError('Search is down', {
                extensions: { code: 'INTERNAL_SERVER_ERROR' },
              }),
            ],
          },
        },
      ],
      'x',
    );

    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error?.message).toBe('Search is down');
    expect(result.current.nodes).toEqual([]);
  });
});
