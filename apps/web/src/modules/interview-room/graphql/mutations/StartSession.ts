import { graphql } from '@web/generated';

export const StartSessionMutation = graphql(`
  mutation StartSession($input: SessionIdInput!) {
    startSession(input: $input) {
      id
      status
      version
      startedAt
      completedAt
    }
  }
`);
