import { useMutation } from '@apollo/client/react';

import { MergeCandidatesMutation } from '@web/modules/candidates/graphql/mutations/MergeCandidates';
import { CandidateDuplicatesQuery } from '@web/modules/candidates/graphql/queries/CandidateDuplicates';
import { CandidatesQuery } from '@web/modules/candidates/graphql/queries/Candidates';
import { toApiError } from '@web/modules/shared/utils/apiError';

import type { Candidate } from './useCandidates';

export type UseMergeCandidatesResult = {
  /** Folds `sourceIds` into `targetId`, which stays; the sources are removed. */
  mergeCandidates: (
    targetId: string,
    sourceIds: string[],
  ) => Promise<Candidate>;
  isMerging: boolean;
};

export function useMergeCandidates(): UseMergeCandidatesResult {
  const [mutate, { loading }] = useMutation(MergeCandidatesMutation, {
    refetchQueries: [CandidatesQuery, CandidateDuplicatesQuery],
    awaitRefetchQueries: true,
  });

  const mergeCandidates = async (
    targetId: string,
    sourceIds: string[],
  ): Promise<Candidate> => {
    try {
      const { data } = await mutate({
        variables: { input: { targetId, sourceIds } },
        update(cache) {
          // The merged-away records no longer exist.
          for (const id of sourceIds) {
            cache.evict({
              id: cache.identify({ __typename: 'Candidate', id }),
            });
          }
          cache.gc();
        },
      });
      if (!data) {
        throw new Error('mergeCandidates returned no data');
      }

      return data.mergeCandidates;
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { mergeCandidates, isMerging: loading };
}
