import type { ReactNode } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { MarkNotificationReadMutation } from '@web/modules/notifications/graphql/mutations/MarkNotificationRead';
import { NotificationsQuery } from '@web/modules/notifications/graphql/queries/Notifications';

import { useMarkNotificationRead } from './useMarkNotificationRead';
import { useNotifications } from './useNotifications';

function notification(id: string, readAt: string | null) {
  return {
    __typename: 'Notification' as const,
    id,
    kind: 'SCORECARD_NUDGE',
    message: `Message ${id}`,
    link: null,
    readAt,
    createdAt: '2026-03-02T09:00:00.000Z',
  };
}

function list(readAt: string | null) {
  return {
    __typename: 'NotificationList' as const,
    items: [notification('n-2', readAt), notification('n-1', readAt)],
    unreadCount: readAt ? 0 : 2,
  };
}

const READ_AT = '2026-03-02T10:00:00.000Z';

function wrapper({ children }: { children: ReactNode }) {
  return (
    <MockedProvider
      mocks={[
        {
          request: { query: NotificationsQuery },
          result: { data: { notifications: list(null) } },
        },
        {
          request: {
            query: MarkNotificationReadMutation,
            variables: { input: {} },
          },
          result: { data: { markNotificationRead: list(READ_AT) } },
        },
      ]}
    >
      {children}
    </MockedProvider>
  );
}

describe(useMarkNotificationRead.name, () => {
  it('should update the unread count of the bell when everything is marked read', async () => {
    const { result } = renderHook(
      () => ({ list: useNotifications(), mark: useMarkNotificationRead() }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.unreadCount).toBe(2));

    await act(() => result.current.mark.markAllRead());

    expect(result.current.list.unreadCount).toBe(0);
    expect(result.current.list.notifications.map((n) => n.readAt)).toEqual([
      READ_AT,
      READ_AT,
    ]);
  });
});
