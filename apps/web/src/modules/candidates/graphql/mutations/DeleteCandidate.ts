import { graphql } from '@web/generated';

export const DeleteCandidateMutation = graphql(`
  mutation DeleteCandidate($input: DeleteCandidateInput!) {
    deleteCandidate(input: $input)
  }
`);
