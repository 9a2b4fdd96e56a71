import type { QuestionBankSearchQuery as QuestionBankSearchResult } from '@web/generated/graphql';
import { QuestionBankSearchQuery } from '@web/modules/questions/graphql/queries/QuestionBankSearch';
import type { QuestionFilters } from '@web/modules/questions/utils/questionFilters';
import {
  type ConnectionPages,
  useConnectionPages,
} from '@web/modules/shared/hooks/useConnectionPages';

export type QuestionListItem =
  QuestionBankSearchResult['questions']['edges'][number]['node'];

export type UseQuestionSearchResult = Omit<
  ConnectionPages<QuestionListItem>,
  'nodes'
> & {
  questions: QuestionListItem[];
  /** A full-text search, not browsing: counts are matches. */
  isSearch: boolean;
};

export const QUESTION_PAGE_SIZE = 20;

/**
 * Browse or full-text search the question bank, a page at a time; browsing
 * lists retired questions too with `includeRetired` (a retired guide's page).
 */
export function useQuestionSearch(
  filters: QuestionFilters,
  pageSize: number = QUESTION_PAGE_SIZE,
  includeRetired = false,
): UseQuestionSearchResult {
  const search = filters.search.trim();
  const isSearch = search !== '';
  const { nodes, ...pages } = useConnectionPages(
    QuestionBankSearchQuery,
    'questions',
    {
      variables: {
        search: isSearch ? search : null,
        kindKey: filters.kindKey,
        guideId: filters.guideId,
        tag: filters.tag,
        vertical: filters.vertical,
        first: pageSize,
        includeRetired,
      },
      // `highlight` lives on the cached Question, so two searches finding the
      // same question share it: a search always asks the server for its own.
      fetchPolicy: isSearch ? 'network-only' : 'cache-first',
      nextFetchPolicy: 'cache-first',
    },
  );

  return { questions: nodes, isSearch, ...pages };
}
