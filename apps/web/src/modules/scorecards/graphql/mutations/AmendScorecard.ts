import { graphql } from '@web/generated';

export const AmendScorecardMutation = graphql(`
  mutation AmendScorecard($input: AmendScorecardInput!) {
    amendScorecard(input: $input) {
      ...ScorecardFields
    }
  }
`);
