import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useNavigate } from 'react-router';

import { useMarkNotificationRead } from '@web/modules/notifications/hooks/useMarkNotificationRead';
import {
  type AppNotification,
  useNotifications,
} from '@web/modules/notifications/hooks/useNotifications';
import { notificationPath } from '@web/modules/notifications/utils/notificationLink';
import { useNow } from '@web/modules/shared/hooks/useNow';
import { toApiError } from '@web/modules/shared/utils/apiError';
import { formatTimeAgo } from '@web/modules/shared/utils/formatDuration';
import { notify } from '@web/modules/shared/utils/notify';

import { BellIcon } from './BellIcon';
import classes from './NotificationBell.module.css';

function newestFirst(items: readonly AppNotification[]): AppNotification[] {
  return [...items].sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
  );
}

function showMarkError(error: unknown): void {
  notify({
    color: 'red',
    title: 'Could not mark as read',
    message: toApiError(error).message,
  });
}

/** The header bell: unread count, and the latest notifications in a popover. */
export function NotificationBell() {
  const { notifications, unreadCount, error, isLoading, retry } =
    useNotifications();
  const { markRead, markAllRead, isMarking } = useMarkNotificationRead();
  const [isOpen, setIsOpen] = useState(false);
  const navigate = useNavigate();
  const now = useNow();

  const handleOpenItem = (notification: AppNotification) => {
    setIsOpen(false);
    if (!notification.readAt) {
      // Follow the link at once; the read mark lands in the background.
      markRead(notification.id).catch(showMarkError);
    }
    const path = notificationPath(notification.link);
    if (path) {
      void navigate(path);
    }
  };

  const handleMarkAllRead = () => {
    markAllRead().catch(showMarkError);
  };

  return (
    <Indicator
      // The button's name carries the count; the badge is for the eye only.
      label={
        <span aria-hidden="true">{unreadCount > 99 ? '99+' : unreadCount}</span>
      }
      size={18}
      offset={4}
      color="red"
      disabled={unreadCount === 0}
      inline
    >
      <Popover
        opened={isOpen}
        onChange={setIsOpen}
        position="bottom-end"
        width={360}
        shadow="md"
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            radius="xl"
            aria-label={
              unreadCount > 0
                ? `Notifications, ${unreadCount} unread`
                : 'Notifications'
            }
            onClick={() => setIsOpen((open) => !open)}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} aria-labelledby="notifications-heading">
          <Group
            justify="space-between"
            px="md"
            py="xs"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          >
            <Text fw={600} id="notifications-heading">
              Notifications
            </Text>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={handleMarkAllRead}
              disabled={unreadCount === 0}
              loading={isMarking}
            >
              Mark all read
            </Button>
          </Group>
          {isLoading ? (
            <Text size="sm" c="dimmed" p="md">
              Loading…
            </Text>
          ) : error ? (
            <Text size="sm" p="md" role="alert">
              Could not load your notifications.{' '}
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={retry}
              >
                Try again
              </Anchor>
            </Text>
          ) : notifications.length === 0 ? (
            <Text size="sm" c="dimmed" p="md">
              Nothing yet. You will be told here when a scorecard is waiting for
              you or a panel’s scorecards are all in.
            </Text>
          ) : (
            <ScrollArea.Autosize mah={420}>
              <ul className={classes.list} aria-label="Latest notifications">
                {newestFirst(notifications).map((notification) => {
                  const isUnread = !notification.readAt;

                  return (
                    <li key={notification.id}>
                      <UnstyledButton
                        className={classes.item}
                        data-unread={isUnread || undefined}
                        onClick={() => handleOpenItem(notification)}
                      >
                        <Group gap="xs" wrap="nowrap" align="flex-start">
                          {isUnread ? (
                            <span className={classes.dot} aria-hidden="true" />
                          ) : null}
                          <div>
                            <Text
                              size="sm"
                              fw={isUnread ? 700 : 400}
                              component={isUnread ? 'strong' : 'p'}
                              display="block"
                            >
                              {notification.message}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {formatTimeAgo(notification.createdAt, now)}
                              {isUnread ? (
                                <span className="pw-visually-hidden">
                                  , unread
                                </span>
                              ) : null}
                            </Text>
                          </div>
                        </Group>
                      </UnstyledButton>
                    </li>
                  );
                })}
              </ul>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
