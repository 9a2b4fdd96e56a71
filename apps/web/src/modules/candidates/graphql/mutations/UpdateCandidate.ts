import { graphql } from '@web/generated';

export const UpdateCandidateMutation = graphql(`
  mutation UpdateCandidate($input: UpdateCandidateInput!) {
    updateCandidate(input: $input) {
      ...CandidateFields
    }
  }
`);
