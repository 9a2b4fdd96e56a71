import { graphql } from '@web/generated';

export const SetScorecardRevealDeadlineMutation = graphql(`
  mutation SetScorecardRevealDeadline($input: SetRevealDeadlineInput!) {
    setScorecardRevealDeadline(input: $input) {
      id
      revealAt
    }
  }
`);
