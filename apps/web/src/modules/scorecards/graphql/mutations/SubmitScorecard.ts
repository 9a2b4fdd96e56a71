import { graphql } from '@web/generated';

export const SubmitScorecardMutation = graphql(`
  mutation SubmitScorecard($input: SubmitScorecardInput!) {
    submitScorecard(input: $input) {
      ...ScorecardFields
    }
  }
`);
