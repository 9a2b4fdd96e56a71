import { useMutation } from '@apollo/client/react';

import type { CreateCandidateInput } from '@web/generated/graphql';
import { CreateCandidateMutation } from '@web/modules/candidates/graphql/mutations/CreateCandidate';
import { CandidateDuplicatesQuery } from '@web/modules/candidates/graphql/queries/CandidateDuplicates';
import { CandidatesQuery } from '@web/modules/candidates/graphql/queries/Candidates';
import { toApiError } from '@web/modules/shared/utils/apiError';

import type { Candidate } from './useCandidates';

export type UseCreateCandidateResult = {
  createCandidate: (input: CreateCandidateInput) => Promise<Candidate>;
  isCreating: boolean;
};

export function useCreateCandidate(): UseCreateCandidateResult {
  const [mutate, { loading }] = useMutation(CreateCandidateMutation, {
    // A new record changes the pages and may be a duplicate of another.
    refetchQueries: [CandidatesQuery, CandidateDuplicatesQuery],
  });

  const createCandidate = async (
    input: CreateCandidateInput,
  ): Promise<Candidate> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) {
        throw new Error('createCandidate returned no data');
      }

      return data.createCandidate;
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { createCandidate, isCreating: loading };
}
