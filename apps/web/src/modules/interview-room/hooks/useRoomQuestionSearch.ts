import { useQuery } from '@apollo/client/react';

import type { RoomQuestionSearchQuery as RoomQuestionSearchResult } from '@web/generated/graphql';
import { RoomQuestionSearchQuery } from '@web/modules/interview-room/graphql/queries/RoomQuestionSearch';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type BankQuestion =
  RoomQuestionSearchResult['questions']['edges'][number]['node'];

export type UseRoomQuestionSearchResult = {
  questions: BankQuestion[];
  totalCount: number | null;
  isTotalCountCapped: boolean;
  isLoading: boolean;
  error: ApiError | null;
};

/** The bank's questions matching `search` (the first ones when empty). */
export function useRoomQuestionSearch(
  search: string,
  first = 10,
): UseRoomQuestionSearchResult {
  const trimmed = search.trim();
  const { data, previousData, loading, error } = useQuery(
    RoomQuestionSearchQuery,
    { variables: { search: trimmed || null, first } },
  );
  // The previous results stay on screen while the next search loads.
  const connection = (data ?? previousData)?.questions;

  return {
    questions: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? null,
    isTotalCountCapped: connection?.isTotalCountCapped ?? false,
    isLoading: loading,
    error: error ? toApiError(error) : null,
  };
}
