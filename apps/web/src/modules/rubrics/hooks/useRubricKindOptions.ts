import { useQuery } from '@apollo/client/react';

import { RubricKindOptionsQuery } from '@web/modules/rubrics/graphql/queries/RubricKindOptions';

export type RubricKindOption = { value: string; label: string; count: number };

/** The question kinds of the bank, for "default rubric for kind". */
export function useRubricKindOptions(): { kinds: RubricKindOption[] } {
  const { data } = useQuery(RubricKindOptionsQuery);

  return { kinds: data?.questionFacets.kinds ?? [] };
}
