import { notifications } from '@mantine/notifications';

export type Notice = {
  color: string;
  title?: string;
  message: string;
};

/** Shows a notification whose close button has a name. */
export function notify(notice: Notice): void {
  notifications.show({
    // Mantine leaves the close button unnamed.
    closeButtonProps: { 'aria-label': 'Dismiss notification' },
    ...notice,
  });
}
