import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';

import type { SchedulingRequestStatus } from '@web/generated/graphql';
import { SchedulingRequestForm } from '@web/modules/self-scheduling/components/SchedulingRequestForm';
import {
  type SchedulingRequest,
  useSchedulingRequests,
} from '@web/modules/self-scheduling/hooks/useSchedulingRequests';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';
import { notify } from '@web/modules/shared/utils/notify';

const STATUS: Record<
  SchedulingRequestStatus,
  { label: string; color: string }
> = {
  SENT: { label: 'Sent', color: 'blue' },
  OPENED: { label: 'Opened', color: 'cyan' },
  BOOKED: { label: 'Booked', color: 'teal' },
  CANCELLED: { label: 'Cancelled', color: 'gray' },
  EXPIRED: { label: 'Expired', color: 'gray' },
  REVOKED: { label: 'Revoked', color: 'red' },
};

export type SchedulingLinksSectionProps = {
  candidateId: string;
  candidateEmail: string | null;
  timeZone: string;
};

/** A candidate's self-scheduling links on their page: send one, see where each stands, resend or revoke. */
export function SchedulingLinksSection({
  candidateId,
  candidateEmail,
  timeZone,
}: SchedulingLinksSectionProps) {
  const { requests, isLoading, error, create, resend, revoke } =
    useSchedulingRequests(candidateId);
  const [isFormOpen, setIsFormOpen] = useState(false);
  const [lastLink, setLastLink] = useState<string | null>(null);

  const act = async (
    action: Promise<
      { request: SchedulingRequest } | { error: { message: string } }
    >,
    done: string,
  ) => {
    const result = await action;
    if ('error' in result) {
      notify({ color: 'red', message: result.error.message });
    } else {
      notify({ color: 'teal', message: done });
      setLastLink(result.request.link ?? null);
    }
  };

  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Title order={2} size="h4">
              Self-scheduling links
            </Title>
            <Text size="sm" c="dimmed">
              The candidate picks a time the whole panel can take; nobody is
              booked outside their availability.
            </Text>
          </div>
          <Button
            onClick={() => setIsFormOpen(true)}
            disabled={!candidateEmail}
            title={candidateEmail ? undefined : 'Add an email address first'}
          >
            Send a scheduling link
          </Button>
        </Group>
        {!candidateEmail ? (
          <Text size="sm">
            Add the candidate’s email address to send them a link.
          </Text>
        ) : null}
        {error ? (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        ) : null}
        {lastLink ? (
          <Alert color="teal" title="Link emailed" role="status">
            <Group gap="xs">
              <Text size="sm">
                If the email does not arrive, send this link yourself; it is
                shown only now.
              </Text>
              <CopyButton value={lastLink}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy}>
                    {copied ? 'Copied' : 'Copy the link'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Alert>
        ) : null}
        {!isLoading && requests.length === 0 ? (
          <Text size="sm">No link sent yet.</Text>
        ) : null}
        {requests.length ? (
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Interview</Table.Th>
                  <Table.Th>Panel</Table.Th>
                  <Table.Th style={{ minWidth: 110 }}>Status</Table.Th>
                  <Table.Th>Booked time</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {requests.map((request) => {
                  const status = STATUS[request.status];
                  const isLive =
                    request.status !== 'REVOKED' &&
                    request.status !== 'EXPIRED';

                  return (
                    <Table.Tr key={request.id}>
                      <Table.Td>
                        <Text size="sm">{request.kitName}</Text>
                        <Text size="xs" c="dimmed">
                          {request.durationMinutes} min · sent{' '}
                          {formatDateTime(request.sentAt, timeZone)}
                          {request.sendCount > 1
                            ? ` (${request.sendCount} times)`
                            : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {[
                            ...request.panel.map(
                              (panelist) => panelist.user.name,
                            ),
                            ...(request.poolCount
                              ? [
                                  `${request.poolCount} of ${request.pool.map((person) => person.name).join(', ')}`,
                                ]
                              : []),
                          ].join(' + ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          color={status.color}
                          variant="light"
                          autoContrast
                        >
                          {status.label}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {request.sessionStartsAt
                            ? formatDateTime(request.sessionStartsAt, timeZone)
                            : `until ${formatDateTime(request.expiresAt, timeZone)}`}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {isLive ? (
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() =>
                                void act(
                                  resend(request.id),
                                  'A fresh link is on its way',
                                )
                              }
                            >
                              Resend
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() =>
                                void act(
                                  revoke(request.id),
                                  'The link no longer works',
                                )
                              }
                            >
                              Revoke
                            </Button>
                          </Group>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
      <Modal
        opened={isFormOpen}
        onClose={() => setIsFormOpen(false)}
        title="Send a scheduling link"
        size="lg"
      >
        <SchedulingRequestForm
          candidateId={candidateId}
          timeZone={timeZone}
          onSubmit={create}
          onCancel={() => setIsFormOpen(false)}
          onSent={({ request }) => {
            setIsFormOpen(false);
            setLastLink(request.link ?? null);
            notify({ color: 'teal', message: 'Scheduling link emailed' });
          }}
        />
      </Modal>
    </Paper>
  );
}
