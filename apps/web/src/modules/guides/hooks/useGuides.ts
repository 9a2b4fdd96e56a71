import type {
  GuideFieldsFragment,
  GuideStatusFilter,
} from '@web/generated/graphql';
import { GuideListQuery } from '@web/modules/guides/graphql/queries/GuideList';
import {
  type ConnectionPages,
  useConnectionPages,
} from '@web/modules/shared/hooks/useConnectionPages';
import { searchTerm } from '@web/modules/shared/utils/searchTerm';

export type GuideListItem = GuideFieldsFragment;

export type UseGuidesResult = Omit<ConnectionPages<GuideListItem>, 'nodes'> & {
  guides: GuideListItem[];
};

export const GUIDE_PAGE_SIZE = 25;

/** The team's imported guides, by title, optionally searched; active ones unless asked. */
export function useGuides(
  search: string,
  status: GuideStatusFilter = 'ACTIVE',
): UseGuidesResult {
  const { nodes, ...pages } = useConnectionPages(GuideListQuery, 'guides', {
    variables: { search: searchTerm(search), status, first: GUIDE_PAGE_SIZE },
  });

  return { guides: nodes, ...pages };
}
