import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';

import type { OutgoingMessageStatus } from '@web/generated/graphql';
import {
  type OutgoingMessage,
  useMailStatus,
  useOutboxActions,
  useOutgoingMessages,
} from '@web/modules/mail/hooks/useOutbox';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { LoadMoreButton } from '@web/modules/shared/components/LoadMoreButton';
import { useLoadMore } from '@web/modules/shared/hooks/useLoadMore';
import { toApiError } from '@web/modules/shared/utils/apiError';

import { OutboxTable, STATUS_LABELS } from './OutboxTable';

const FILTERS: { value: OutgoingMessageStatus | 'ALL'; label: string }[] = [
  { value: 'ALL', label: 'All' },
  { value: 'FAILED', label: STATUS_LABELS.FAILED },
  { value: 'HELD', label: STATUS_LABELS.HELD },
  { value: 'QUEUED', label: STATUS_LABELS.QUEUED },
  { value: 'SENT', label: STATUS_LABELS.SENT },
];

export type EmailSectionProps = { timeZone: string };

/** Team → Email: how mail leaves this instance, and every message the team sent. */
export function EmailSection({ timeZone }: EmailSectionProps) {
  const [filter, setFilter] = useState<OutgoingMessageStatus | 'ALL'>('ALL');
  const { mailStatus, error: statusError } = useMailStatus();
  const outbox = useOutgoingMessages(filter === 'ALL' ? null : filter);
  const { retry, sendTestEmail, isSendingTest } = useOutboxActions();
  const [retryingId, setRetryingId] = useState<string | null>(null);
  const nextPage = useLoadMore(outbox);

  const handleRetry = async (message: OutgoingMessage) => {
    setRetryingId(message.id);
    try {
      await retry(message.id);
      notifications.show({
        color: 'teal',
        title: 'Queued again',
        message: `The email to ${message.recipientEmail} goes out on the next delivery run.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not retry the email',
        message: toApiError(error).message,
      });
    } finally {
      setRetryingId(null);
    }
  };

  const handleSendTest = async () => {
    try {
      const message = await sendTestEmail();
      notifications.show({
        color: 'teal',
        title: 'Test email queued',
        message:
          mailStatus?.isSmtpConfigured === false
            ? `No SMTP server is configured: the message to ${message.recipientEmail} is held below and printed in the server log.`
            : `On its way to ${message.recipientEmail}; its status is listed below.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not send a test email',
        message: toApiError(error).message,
      });
    }
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="email-heading"
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3" id="email-heading">
              Email
            </Title>
            {mailStatus ? (
              <Text size="sm" c="dimmed">
                {mailStatus.isSmtpConfigured
                  ? `Sent through ${mailStatus.transport} as ${mailStatus.from}`
                  : `From ${mailStatus.from}`}
              </Text>
            ) : null}
          </div>
          <Button
            variant="default"
            loading={isSendingTest}
            onClick={() => void handleSendTest()}
          >
            Send a test email
          </Button>
        </Group>
        {statusError ? (
          <Alert
            color="red"
            title="Could not load the mail status"
            role="alert"
          >
            {statusError.message}
          </Alert>
        ) : null}
        {mailStatus && !mailStatus.isSmtpConfigured ? (
          <Alert color="yellow" title="Outbox only: no SMTP server is set">
            Emails are kept here and printed in the server log with their links;
            nothing leaves this server. Set SMTP_URL (or SMTP_HOST and friends)
            and MAIL_FROM, restart, then retry the held messages.
          </Alert>
        ) : null}
        {mailStatus ? (
          <Group gap="xs" aria-label="Outbox counts">
            <Badge variant="light" color="blue">
              {mailStatus.queued} queued
            </Badge>
            <Badge variant="light" color="red">
              {mailStatus.failed} failed
            </Badge>
            <Badge variant="light" color="yellow">
              {mailStatus.held} held
            </Badge>
          </Group>
        ) : null}
        <SegmentedControl
          aria-label="Show"
          value={filter}
          onChange={(value) => setFilter(value)}
          data={FILTERS}
          w="fit-content"
        />
        {outbox.isLoading ? (
          <Loader size="sm" aria-label="Loading the outbox" />
        ) : null}
        {outbox.error ? (
          <ErrorState
            title="Could not load the outbox"
            message={outbox.error.message}
            onRetry={outbox.retry}
          />
        ) : null}
        {!outbox.isLoading && !outbox.error ? (
          <OutboxTable
            messages={outbox.nodes}
            timeZone={timeZone}
            retryingId={retryingId}
            onRetry={(message) => void handleRetry(message)}
          />
        ) : null}
        <LoadMoreButton
          label="Load more email"
          errorTitle="Could not load more email"
          {...nextPage}
        />
      </Stack>
    </Paper>
  );
}
