import { useMutation } from '@apollo/client/react';

import { DeleteCandidateMutation } from '@web/modules/candidates/graphql/mutations/DeleteCandidate';
import { CandidateDuplicatesQuery } from '@web/modules/candidates/graphql/queries/CandidateDuplicates';
import { CandidatesQuery } from '@web/modules/candidates/graphql/queries/Candidates';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseDeleteCandidateResult = {
  /** Rejects with an ApiError (field `reason` when the reason is refused). */
  deleteCandidate: (candidateId: string, reason: string) => Promise<void>;
  isDeleting: boolean;
};

export function useDeleteCandidate(): UseDeleteCandidateResult {
  const [mutate, { loading }] = useMutation(DeleteCandidateMutation, {
    refetchQueries: [CandidatesQuery, CandidateDuplicatesQuery],
  });

  const deleteCandidate = async (
    candidateId: string,
    reason: string,
  ): Promise<void> => {
    try {
      await mutate({
        variables: { input: { candidateId, reason } },
        update(cache) {
          cache.evict({
            id: cache.identify({ __typename: 'Candidate', id: candidateId }),
          });
          cache.gc();
        },
      });
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { deleteCandidate, isDeleting: loading };
}
