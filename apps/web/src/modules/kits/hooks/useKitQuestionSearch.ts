import { useQuery } from '@apollo/client/react';

import { KitQuestionPickerQuery } from '@web/modules/kits/graphql/queries/KitQuestionPicker';
import type { KitQuestion } from '@web/modules/kits/utils/kitDraft';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type UseKitQuestionSearchResult = {
  questions: KitQuestion[];
  totalCount: number | null;
  isTotalCountCapped: boolean;
  isLoading: boolean;
  error: ApiError | null;
};

/**
 * Questions of the bank matching `search` (the whole bank, first ones, when
 * empty), within one guide when `guideId` is set.
 */
export function useKitQuestionSearch(
  search: string,
  guideId: string | null,
  first = 8,
): UseKitQuestionSearchResult {
  const trimmed = search.trim();
  const { data, previousData, loading, error } = useQuery(
    KitQuestionPickerQuery,
    { variables: { search: trimmed || null, guideId, first } },
  );
  // Keep the previous results on screen while the next search loads.
  const connection = (data ?? previousData)?.questions;

  return {
    questions: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? null,
    isTotalCountCapped: connection?.isTotalCountCapped ?? false,
    isLoading: loading,
    error: error ? toApiError(error) : null,
  };
}
