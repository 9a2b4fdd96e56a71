import { useMutation } from '@apollo/client/react';

import { MarkNotificationReadMutation } from '@web/modules/notifications/graphql/mutations/MarkNotificationRead';
import { NotificationsQuery } from '@web/modules/notifications/graphql/queries/Notifications';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseMarkNotificationReadResult = {
  markRead: (notificationId: string) => Promise<void>;
  markAllRead: () => Promise<void>;
  isMarking: boolean;
};

export function useMarkNotificationRead(): UseMarkNotificationReadResult {
  const [mutate, { loading }] = useMutation(MarkNotificationReadMutation, {
    // NotificationList has no id, so the cache cannot merge it by itself:
    // the returned list (with its new unread count) replaces the query's.
    update: (cache, { data }) => {
      if (data) {
        cache.writeQuery({
          query: NotificationsQuery,
          data: { notifications: data.markNotificationRead },
        });
      }
    },
  });

  const run = async (notificationId?: string): Promise<void> => {
    try {
      await mutate({ variables: { input: { notificationId } } });
    } catch (error) {
      throw toApiError(error);
    }
  };

  return {
    markRead: (notificationId) => run(notificationId),
    markAllRead: () => run(),
    isMarking: loading,
  };
}
