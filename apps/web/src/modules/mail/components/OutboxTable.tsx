import { Badge, Button, Table, Text } from '@mantine/core';

import type { OutgoingMessageStatus } from '@web/generated/graphql';
import type { OutgoingMessage } from '@web/modules/mail/hooks/useOutbox';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export const STATUS_LABELS: Record<OutgoingMessageStatus, string> = {
  QUEUED: 'Queued',
  SENDING: 'Sending',
  SENT: 'Sent',
  FAILED: 'Failed',
  HELD: 'Held',
};

const STATUS_COLORS: Record<OutgoingMessageStatus, string> = {
  QUEUED: 'blue',
  SENDING: 'blue',
  SENT: 'teal',
  FAILED: 'red',
  HELD: 'yellow',
};

const RETRYABLE: ReadonlySet<OutgoingMessageStatus> = new Set([
  'FAILED',
  'HELD',
]);

export type OutboxTableProps = {
  messages: OutgoingMessage[];
  timeZone: string;
  retryingId: string | null;
  onRetry: (message: OutgoingMessage) => void;
};

function failureText(message: OutgoingMessage): string | null {
  if (!message.lastError) {
    return null;
  }

  return message.lastStage
    ? `${message.lastStage}: ${message.lastError}`
    : message.lastError;
}

export function OutboxTable({
  messages,
  timeZone,
  retryingId,
  onRetry,
}: OutboxTableProps) {
  if (messages.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No email here yet.
      </Text>
    );
  }

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" striped aria-label="Outgoing email">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">To</Table.Th>
            <Table.Th scope="col">Subject</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Queued</Table.Th>
            <Table.Th scope="col">Attempts</Table.Th>
            <Table.Th scope="col">
              <span className="pw-visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((message) => {
            const failure = failureText(message);

            return (
              <Table.Tr key={message.id}>
                <Table.Td>
                  <Text size="sm">{message.recipientEmail}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{message.subject}</Text>
                  {failure ? (
                    <Text size="xs" c="red.9">
                      {failure}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLORS[message.status]}>
                    {STATUS_LABELS[message.status]}
                  </Badge>
                  {message.sentAt ? (
                    <Text size="xs" c="dimmed">
                      {formatDateTime(message.sentAt, timeZone)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {formatDateTime(message.createdAt, timeZone)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{message.attempts}</Text>
                </Table.Td>
                <Table.Td>
                  {RETRYABLE.has(message.status) ? (
                    <Button
                      size="xs"
                      variant="default"
                      loading={retryingId === message.id}
                      onClick={() => onRetry(message)}
                      aria-label={`Retry the email to ${message.recipientEmail}: ${message.subject}`}
                    >
                      Retry
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
