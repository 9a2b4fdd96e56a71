import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useMarkNotificationRead } from '@web/modules/notifications/hooks/useMarkNotificationRead';
import {
  type AppNotification,
  useNotifications,
} from '@web/modules/notifications/hooks/useNotifications';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { NotificationBell } from './NotificationBell';

vi.mock('@web/modules/notifications/hooks/useNotifications', () => ({
  useNotifications: vi.fn(),
}));
vi.mock('@web/modules/notifications/hooks/useMarkNotificationRead', () => ({
  useMarkNotificationRead: vi.fn(),
}));

const markRead = vi.fn();
const markAllRead = vi.fn();

const OLDER_READ: AppNotification = {
  id: 'n-1',
  kind: 'SCORECARDS_COMPLETE',
  message: 'All scorecards are in for Jane Candidate',
  link: '/sessions/session-1',
  readAt: '2026-03-01T10:00:00.000Z',
  createdAt: '2026-03-01T09:00:00.000Z',
};
const NEWER_UNREAD: AppNotification = {
  id: 'n-2',
  kind: 'SCORECARD_NUDGE',
  message: 'Your scorecard for Omar is overdue',
  link: '/sessions/session-9/scorecard',
  readAt: null,
  createdAt: '2026-03-02T09:00:00.000Z',
};

function mockNotifications(notifications: AppNotification[]) {
  vi.mocked(useNotifications).mockReturnValue({
    notifications,
    unreadCount: notifications.filter((item) => !item.readAt).length,
    isLoading: false,
    error: null,
    retry: vi.fn(),
  });
}

function CurrentPath() {
  return <output aria-label="Current path">{useLocation().pathname}</output>;
}

function renderBell() {
  return renderWithProviders(
    <>
      <NotificationBell />
      <CurrentPath />
    </>,
  );
}

describe(NotificationBell.name, () => {
  beforeEach(() => {
    markRead.mockReset().mockResolvedValue(undefined);
    markAllRead.mockReset().mockResolvedValue(undefined);
    vi.mocked(useMarkNotificationRead).mockReturnValue({
      markRead,
      markAllRead,
      isMarking: false,
    });
    mockNotifications([OLDER_READ, NEWER_UNREAD]);
  });

  it('should name the unread count on the bell and list the newest first, unread in bold', async () => {
    const user = userEvent.setup();
    renderBell();

    await user.click(
      screen.getByRole('button', { name: 'Notifications, 1 unread' }),
    );

    const list = await screen.findByRole('list', {
      name: 'Latest notifications',
    });
    const items = within(list).getAllByRole('button');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Your scorecard for Omar is overdue'),
      expect.stringContaining('All scorecards are in for Jane Candidate'),
    ]);
    expect(
      within(items[0]).getByText('Your scorecard for Omar is overdue').tagName,
    ).toBe('STRONG');
    expect(
      within(items[1]).getByText('All scorecards are in for Jane Candidate')
        .tagName,
    ).toBe('P');
  });

  it('should mark a notification read and follow its link when it is clicked', async () => {
    const user = userEvent.setup();
    renderBell();

    await user.click(screen.getByRole('button', { name: /^Notifications/ }));
    await user.click(
      await screen.findByRole('button', {
        name: /Your scorecard for Omar is overdue/,
      }),
    );

    expect(markRead).toHaveBeenCalledWith('n-2');
    expect(screen.getByLabelText('Current path').textContent).toBe(
      '/sessions/session-9/scorecard',
    );
    expect(
      screen.queryByRole('list', { name: 'Latest notifications' }),
    ).toBeNull();
  });

  it('should follow the link without marking again when the notification is already read', async () => {
    const user = userEvent.setup();
    renderBell();

    await user.click(screen.getByRole('button', { name: /^Notifications/ }));
    await user.click(
      await screen.findByRole('button', { name: /All scorecards are in/ }),
    );

    expect(markRead).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Current path').textContent).toBe(
      '/sessions/session-1',
    );
  });

  it('should mark everything read when "Mark all read" is clicked', async () => {
    const user = userEvent.setup();
    renderBell();

    await user.click(screen.getByRole('button', { name: /^Notifications/ }));
    await user.click(
      await screen.findByRole('button', { name: 'Mark all read' }),
    );

    expect(markAllRead).toHaveBeenCalledTimes(1);
  });

  it('should show no count and say what will appear when there are no notifications', async () => {
    mockNotifications([]);
    const user = userEvent.setup();
    renderBell();

    await user.click(screen.getByRole('button', { name: 'Notifications' }));

    expect(await screen.findByText(/Nothing yet/)).toBeTruthy();
    expect(
      screen
        .getByRole('button', { name: 'Mark all read' })
        .hasAttribute('disabled'),
    ).toBe(true);
  });
});
