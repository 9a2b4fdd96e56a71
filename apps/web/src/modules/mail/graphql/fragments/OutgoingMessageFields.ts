import { graphql } from '@web/generated';

export const OutgoingMessageFieldsFragment = graphql(`
  fragment OutgoingMessageFields on OutgoingMessage {
    id
    kind
    recipientEmail
    subject
    status
    attempts
    lastError
    lastStage
    createdAt
    sentAt
  }
`);
