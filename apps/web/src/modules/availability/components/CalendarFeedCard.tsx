import { useState } from 'react';
import {
  Alert,
  Button,
  CopyButton,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';

import { useCalendarFeed } from '@web/modules/availability/hooks/useCalendarFeed';
import { ConfirmModal } from '@web/modules/shared/components/ConfirmModal';
import { toApiError } from '@web/modules/shared/utils/apiError';

/**
 * The private iCal feed of the viewer's sessions. The API shows a URL only
 * when it is created, so the card cannot tell whether an older one is live.
 */
export function CalendarFeedCard() {
  const { rotate, revoke, isRotating, isRevoking } = useCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isConfirmingRevoke, setIsConfirmingRevoke] = useState(false);

  const handleRotate = async () => {
    setError(null);
    setMessage(null);
    try {
      setUrl(await rotate());
      setMessage(
        url ? 'New URL created; the previous one no longer works.' : null,
      );
    } catch (rotateError) {
      setError(toApiError(rotateError).message);
    }
  };

  const handleRevoke = async () => {
    setError(null);
    try {
      await revoke();
      setUrl(null);
      setMessage('The calendar feed is turned off; no URL works any more.');
    } catch (revokeError) {
      setError(toApiError(revokeError).message);
    } finally {
      setIsConfirmingRevoke(false);
    }
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="feed-heading"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id="feed-heading">
            Calendar feed
          </Title>
          <Text size="sm" c="dimmed">
            Subscribe to your interviews from Google Calendar, Outlook or Apple
            Calendar. The URL is private: anyone who has it can see your
            sessions. It is shown once; creating a new one turns the old one
            off.
          </Text>
        </div>
        {error ? (
          <Alert color="red" role="alert" title="Calendar feed">
            {error}
          </Alert>
        ) : null}
        {message ? (
          <Text size="sm" role="status">
            {message}
          </Text>
        ) : null}
        {url ? (
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              label="Private feed URL"
              value={url}
              readOnly
              style={{ flex: 1 }}
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'default'}
                  color={copied ? 'green' : undefined}
                  onClick={copy}
                >
                  {copied ? 'Copied' : 'Copy URL'}
                </Button>
              )}
            </CopyButton>
          </Group>
        ) : null}
        <Group gap="sm">
          <Button
            variant="default"
            loading={isRotating}
            onClick={() => void handleRotate()}
          >
            {url ? 'Create a new URL' : 'Create private feed URL'}
          </Button>
          <Button
            variant="subtle"
            color="red"
            onClick={() => setIsConfirmingRevoke(true)}
          >
            Turn off the feed
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        isOpen={isConfirmingRevoke}
        title="Turn off the calendar feed?"
        confirmLabel="Turn off"
        isConfirming={isRevoking}
        onConfirm={() => void handleRevoke()}
        onCancel={() => setIsConfirmingRevoke(false)}
      >
        Calendar apps subscribed to your feed stop receiving your interviews.
        You can create a new URL at any time.
      </ConfirmModal>
    </Paper>
  );
}
