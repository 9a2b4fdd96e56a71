import { graphql } from '@web/generated';

export const CompleteSessionMutation = graphql(`
  mutation CompleteSession($input: SessionIdInput!) {
    completeSession(input: $input) {
      id
      status
      version
      startedAt
      completedAt
    }
  }
`);
