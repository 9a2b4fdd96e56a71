import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

import type { QuestionBankSearchQuery as QuestionBankSearchResult } from '@web/generated/graphql';
import { QuestionBankSearchQuery } from '@web/modules/questions/graphql/queries/QuestionBankSearch';
import type { QuestionFilters } from '@web/modules/questions/utils/questionFilters';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type QuestionListItem =
  QuestionBankSearchResult['questions']['edges'][number]['node'];

export type UseQuestionSearchResult = {
  questions: QuestionListItem[];
  /** Null until the first page arrives. */
  totalCount: number | null;
  /** The count stopped at the server's cap: "at least totalCount". */
  isTotalCountCapped: boolean;
  isSearch: boolean;
  hasNextPage: boolean;
  /** First load, nothing to show yet. */
  isLoading: boolean;
  /** New filters are loading; the previous results are still shown. */
  isRefreshing: boolean;
  isLoadingMore: boolean;
  error: ApiError | null;
  loadMore: () => Promise<void>;
  retry: () => void;
};

export const QUESTION_PAGE_SIZE = 20;

/** Browse or full-text search the question bank, a page at a time. */
export function useQuestionSearch(
  filters: QuestionFilters,
  pageSize: number = QUESTION_PAGE_SIZE,
): UseQuestionSearchResult {
  const search = filters.search.trim();
  const isSearch = search !== '';
  const {
    data,
    previousData,
    loading,
    error,
    networkStatus,
    fetchMore,
    refetch,
  } = useQuery(QuestionBankSearchQuery, {
    variables: {
      search: isSearch ? search : null,
      kindKey: filters.kindKey,
      guideId: filters.guideId,
      tag: filters.tag,
      vertical: filters.vertical,
      first: pageSize,
    },
    // `highlight` lives on the cached Question, so two searches finding the
    // same question share it: a search always asks the server for its own.
    fetchPolicy: isSearch ? 'network-only' : 'cache-first',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const shown = data ?? (loading ? previousData : undefined);
  const connection = shown?.questions;

  const loadMore = async (): Promise<void> => {
    const after = data?.questions.pageInfo.endCursor;
    if (!after || !data.questions.pageInfo.hasNextPage) {
      return;
    }
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          const seen = new Set(
            previous.questions.edges.map((edge) => edge.node.id),
          );

          return {
            ...previous,
            questions: {
              ...fetchMoreResult.questions,
              // Later pages may not count again; the first page's count holds.
              totalCount:
                previous.questions.totalCount ??
                fetchMoreResult.questions.totalCount,
              isTotalCountCapped: previous.questions.isTotalCountCapped,
              edges: [
                ...previous.questions.edges,
                ...fetchMoreResult.questions.edges.filter(
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
    questions: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? null,
    isTotalCountCapped: connection?.isTotalCountCapped ?? false,
    isSearch,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    isLoading: loading && !shown,
    isRefreshing: loading && !isLoadingMore && !data && !!shown,
    isLoadingMore,
    error: error && !isLoadingMore ? toApiError(error) : null,
    loadMore,
    retry: () => void refetch().catch(() => undefined),
  };
}
