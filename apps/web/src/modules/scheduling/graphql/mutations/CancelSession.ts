import { graphql } from '@web/generated';

export const CancelSessionMutation = graphql(`
  mutation CancelSession($input: CancelSessionInput!) {
    cancelSession(input: $input) {
      ...InterviewSessionFields
      history {
        ...SessionEventFields
      }
    }
  }
`);
