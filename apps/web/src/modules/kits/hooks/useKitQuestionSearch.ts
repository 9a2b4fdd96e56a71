import { KitQuestionPickerQuery } from '@web/modules/kits/graphql/queries/KitQuestionPicker';
import type { KitQuestion } from '@web/modules/kits/utils/kitDraft';
import { useConnectionSearch } from '@web/modules/shared/hooks/useConnectionSearch';
import type { ApiError } from '@web/modules/shared/utils/apiError';
import { searchTerm } from '@web/modules/shared/utils/searchTerm';

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
  const { nodes, totalCount, isTotalCountCapped, isFetching, error } =
    useConnectionSearch(KitQuestionPickerQuery, 'questions', {
      variables: { search: searchTerm(search), guideId, first },
    });

  return {
    questions: nodes,
    totalCount,
    isTotalCountCapped,
    isLoading: isFetching,
    error,
  };
}
