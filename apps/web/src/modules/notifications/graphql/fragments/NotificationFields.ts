import { graphql } from '@web/generated';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    message
    link
    readAt
    createdAt
  }
`);
