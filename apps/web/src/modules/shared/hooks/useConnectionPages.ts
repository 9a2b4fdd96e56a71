import {
  NetworkStatus,
  type OperationVariables,
  type TypedDocumentNode,
  type WatchQueryFetchPolicy,
} from '@apollo/client';
import { useQuery } from '@apollo/client/react';

import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

/** A Relay connection as the list queries ask for it. */
export type PagedConnection<TNode extends { id: string }> = {
  totalCount: number | null;
  isTotalCountCapped: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: TNode }>;
};

type NodeOf<TConnection> =
  TConnection extends PagedConnection<infer TNode> ? TNode : never;

/** Variables of a connection query: the page size, and where the next page starts. */
export type PagedVariables = OperationVariables & {
  first: number;
  after?: string | null;
};

export type UseConnectionPagesOptions<TVariables> = {
  /** The first page's variables; `after` comes with each next page. */
  variables: TVariables;
  fetchPolicy?: WatchQueryFetchPolicy;
  nextFetchPolicy?: WatchQueryFetchPolicy;
};

export type ConnectionPages<TNode> = {
  /** The nodes of all pages loaded so far, without repeats. */
  nodes: TNode[];
  /** Null until the first page arrives. */
  totalCount: number | null;
  /** The count stopped at the server's cap: "at least totalCount". */
  isTotalCountCapped: boolean;
  hasNextPage: boolean;
  /** First load, nothing to show yet. */
  isLoading: boolean;
  /** New variables are loading; the previous results are still shown. */
  isRefreshing: boolean;
  isLoadingMore: boolean;
  error: ApiError | null;
  /** Appends the next page; rejects with an ApiError. */
  loadMore: () => Promise<void>;
  retry: () => void;
};

/**
 * A paged list from a Relay connection (`first`/`after`): pages are fetched
 * with fetchMore and appended; the first page's count holds.
 */
export function useConnectionPages<
  TData extends Record<TField, PagedConnection<{ id: string }>>,
  TVariables extends PagedVariables,
  TField extends string,
>(
  query: TypedDocumentNode<TData, TVariables>,
  field: TField,
  options: UseConnectionPagesOptions<TVariables>,
): ConnectionPages<NodeOf<TData[TField]>> {
  const {
    data,
    previousData,
    loading,
    error,
    networkStatus,
    fetchMore,
    refetch,
  } = useQuery(query, { ...options, notifyOnNetworkStatusChange: true });
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const shown = data ?? (loading ? previousData : undefined);
  const connection = shown?.[field];

  const loadMore = async (): Promise<void> => {
    const after = data?.[field].pageInfo.endCursor;
    if (!after || !data[field].pageInfo.hasNextPage) {
      return;
    }
    try {
      await fetchMore({
        variables: { after } as Partial<TVariables>,
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous[field];
          const next = fetchMoreResult[field];
          const seen = new Set(before.edges.map((edge) => edge.node.id));

          return {
            ...previous,
            [field]: {
              ...next,
              // Later pages may not count again; the first page's count holds.
              totalCount: before.totalCount ?? next.totalCount,
              isTotalCountCapped: before.isTotalCountCapped,
              edges: [
                ...before.edges,
                ...next.edges.filter((edge) => !seen.has(edge.node.id)),
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
    nodes:
      connection?.edges.map((edge) => edge.node as NodeOf<TData[TField]>) ?? [],
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
