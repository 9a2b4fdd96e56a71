import { useApolloClient } from '@apollo/client/react';

import { RubricQuery } from '@web/modules/rubrics/graphql/queries/Rubric';
import { toApiError } from '@web/modules/shared/utils/apiError';

import type { Rubric } from './useRubrics';

/** Reads the rubric's latest version from the server, bypassing the cache. */
export function useFetchLatestRubric(): (id: string) => Promise<Rubric> {
  const client = useApolloClient();

  return async (id: string): Promise<Rubric> => {
    try {
      const { data } = await client.query({
        query: RubricQuery,
        variables: { id },
        fetchPolicy: 'network-only',
      });
      if (!data) {
        throw new Error('rubric returned no data');
      }

      return data.rubric;
    } catch (error) {
      throw toApiError(error);
    }
  };
}
