import { useApolloClient } from '@apollo/client/react';

import { CandidateQuery } from '@web/modules/candidates/graphql/queries/Candidate';
import { toApiError } from '@web/modules/shared/utils/apiError';

import type { Candidate } from './useCandidates';

/** Reads the candidate from the server, bypassing the cache: "their" version after a conflict. */
export function useFetchLatestCandidate(): (id: string) => Promise<Candidate> {
  const client = useApolloClient();

  return async (id: string): Promise<Candidate> => {
    try {
      const { data } = await client.query({
        query: CandidateQuery,
        variables: { id },
        fetchPolicy: 'network-only',
      });
      if (!data) {
        throw new Error('candidate returned no data');
      }

      return data.candidate;
    } catch (error) {
      throw toApiError(error);
    }
  };
}
