import { graphql } from '@web/generated';

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications {
      items {
        ...NotificationFields
      }
      unreadCount
    }
  }
`);
