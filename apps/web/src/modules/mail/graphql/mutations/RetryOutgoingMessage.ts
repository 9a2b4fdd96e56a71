import { graphql } from '@web/generated';

export const RetryOutgoingMessageMutation = graphql(`
  mutation RetryOutgoingMessage($input: RetryOutgoingMessageInput!) {
    retryOutgoingMessage(input: $input) {
      ...OutgoingMessageFields
    }
  }
`);
