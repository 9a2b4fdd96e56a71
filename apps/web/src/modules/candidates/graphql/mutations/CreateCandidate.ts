import { graphql } from '@web/generated';

export const CreateCandidateMutation = graphql(`
  mutation CreateCandidate($input: CreateCandidateInput!) {
    createCandidate(input: $input) {
      ...CandidateFields
    }
  }
`);
