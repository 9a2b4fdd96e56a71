import { useMutation } from '@apollo/client/react';

import type { UpdateCandidateInput } from '@web/generated/graphql';
import { UpdateCandidateMutation } from '@web/modules/candidates/graphql/mutations/UpdateCandidate';
import { CandidateDuplicatesQuery } from '@web/modules/candidates/graphql/queries/CandidateDuplicates';
import { toApiError } from '@web/modules/shared/utils/apiError';

import type { Candidate } from './useCandidates';

export type UseUpdateCandidateResult = {
  /** Rejects with an ApiError; code CONFLICT when someone saved since expectedVersion. */
  updateCandidate: (input: UpdateCandidateInput) => Promise<Candidate>;
  isUpdating: boolean;
};

export function useUpdateCandidate(): UseUpdateCandidateResult {
  const [mutate, { loading }] = useMutation(UpdateCandidateMutation, {
    // A changed email may make or break a duplicate group.
    refetchQueries: [CandidateDuplicatesQuery],
  });

  const updateCandidate = async (
    input: UpdateCandidateInput,
  ): Promise<Candidate> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) {
        throw new Error('updateCandidate returned no data');
      }

      return data.updateCandidate;
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { updateCandidate, isUpdating: loading };
}
