import { graphql } from '@web/generated';

export const SaveScorecardMutation = graphql(`
  mutation SaveScorecard($input: SaveScorecardInput!) {
    saveScorecard(input: $input) {
      ...ScorecardFields
    }
  }
`);
