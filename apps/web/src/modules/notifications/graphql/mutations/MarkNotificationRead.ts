import { graphql } from '@web/generated';

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {
    markNotificationRead(input: $input) {
      items {
        ...NotificationFields
      }
      unreadCount
    }
  }
`);
