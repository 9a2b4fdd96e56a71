import { useQuery } from '@apollo/client/react';

import type { NotificationFieldsFragment } from '@web/generated/graphql';
import { NotificationsQuery } from '@web/modules/notifications/graphql/queries/Notifications';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type AppNotification = NotificationFieldsFragment;

// The API has no push channel for notifications yet; a minute is soon enough.
const POLL_INTERVAL_MS = 60_000;

export type UseNotificationsResult = {
  /** Newest first */
  notifications: AppNotification[];
  unreadCount: number;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

export function useNotifications({
  isEnabled = true,
}: { isEnabled?: boolean } = {}): UseNotificationsResult {
  const { data, loading, error, refetch } = useQuery(NotificationsQuery, {
    pollInterval: POLL_INTERVAL_MS,
    skip: !isEnabled,
  });

  return {
    notifications: data?.notifications.items ?? [],
    unreadCount: data?.notifications.unreadCount ?? 0,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
