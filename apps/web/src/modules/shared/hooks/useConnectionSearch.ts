import type {
  OperationVariables,
  TypedDocumentNode,
  WatchQueryFetchPolicy,
} from '@apollo/client';
import { useQuery } from '@apollo/client/react';

import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

/** The parts of a connection a search result may ask for (edges at least). */
export type SearchConnection = {
  edges: Array<{ node: unknown }>;
  totalCount?: number | null;
  isTotalCountCapped?: boolean;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
};

type NodeOf<TConnection> = TConnection extends {
  edges: Array<{ node: infer TNode }>;
}
  ? TNode
  : never;

export type ConnectionSearch<TNode> = {
  /** The results, or the previous results while the next ones load. */
  nodes: TNode[];
  /** Null when the query does not count, or before the first answer. */
  totalCount: number | null;
  isTotalCountCapped: boolean;
  hasNextPage: boolean;
  endCursor: string | null;
  /** Nothing to show yet. */
  isLoading: boolean;
  /** A request is running (the previous results may still show). */
  isFetching: boolean;
  error: ApiError | null;
  retry: () => void;
};

/**
 * One page of a connection for the current search and filters; while new
 * variables load, the previous results stay on screen.
 */
export function useConnectionSearch<
  TData extends Record<TField, SearchConnection>,
  TVariables extends OperationVariables,
  TField extends string,
>(
  query: TypedDocumentNode<TData, TVariables>,
  field: TField,
  options: { variables: TVariables; fetchPolicy?: WatchQueryFetchPolicy },
): ConnectionSearch<NodeOf<TData[TField]>> {
  const { data, previousData, loading, error, refetch } = useQuery(
    query,
    options,
  );
  const connection = (data ?? previousData)?.[field];

  return {
    nodes:
      connection?.edges.map((edge) => edge.node as NodeOf<TData[TField]>) ?? [],
    totalCount: connection?.totalCount ?? null,
    isTotalCountCapped: connection?.isTotalCountCapped ?? false,
    hasNextPage: connection?.pageInfo?.hasNextPage ?? false,
    endCursor: connection?.pageInfo?.endCursor ?? null,
    isLoading: loading && !connection,
    isFetching: loading,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
