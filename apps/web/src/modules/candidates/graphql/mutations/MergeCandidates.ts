import { graphql } from '@web/generated';

export const MergeCandidatesMutation = graphql(`
  mutation MergeCandidates($input: MergeCandidatesInput!) {
    mergeCandidates(input: $input) {
      ...CandidateFields
    }
  }
`);
