import { graphql } from '@web/generated';

export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      ...CandidateReviewFields
    }
  }
`);
