import { graphql } from '@web/generated';

// Named for this use so that it cannot clash with another screen's nudge.
export const NudgeOutstandingScorecardMutation = graphql(`
  mutation NudgeOutstandingScorecard($input: NudgeInterviewerInput!) {
    nudgeInterviewer(input: $input)
  }
`);
