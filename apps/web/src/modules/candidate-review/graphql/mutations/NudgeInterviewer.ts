import { graphql } from '@web/generated';

export const NudgeInterviewerMutation = graphql(`
  mutation NudgeInterviewer($input: NudgeInterviewerInput!) {
    nudgeInterviewer(input: $input)
  }
`);
