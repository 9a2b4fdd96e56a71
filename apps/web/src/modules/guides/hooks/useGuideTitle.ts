import { skipToken, useQuery } from '@apollo/client/react';

import { GuideOptionLabelQuery } from '@web/modules/guides/graphql/queries/GuideOptionLabel';

/** The title of one guide (null while loading, or when there is no id). */
export function useGuideTitle(id: string | null): string | null {
  const { data } = useQuery(
    GuideOptionLabelQuery,
    id ? { variables: { id } } : skipToken,
  );

  return data?.guide.title ?? null;
}
