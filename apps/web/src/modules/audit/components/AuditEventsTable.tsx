import { Anchor, Button, Code, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { AuditEvent } from '@web/modules/audit/hooks/useAuditEvents';
import { formatAuditDetails } from '@web/modules/audit/utils/auditDetails';
import {
  auditRecordPath,
  shortId,
} from '@web/modules/audit/utils/auditRecords';

export type AuditEventsTableProps = {
  events: readonly AuditEvent[];
  timeZone?: string;
  /** Narrows the log to one record's history. */
  onShowRecord: (recordType: string, recordId: string) => void;
};

function formatEventTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone,
  }).format(new Date(iso));
}

/** One row per audited change, newest first. All values are shown as text. */
export function AuditEventsTable({
  events,
  timeZone,
  onShowRecord,
}: AuditEventsTableProps) {
  const zone = (
    timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  ).replace(/_/g, ' ');

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped verticalSpacing="xs" aria-label="Audit events">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Time ({zone})</Table.Th>
            <Table.Th scope="col">Actor</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Record</Table.Th>
            <Table.Th scope="col">Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const path = auditRecordPath(event.recordType, event.recordId);
            const details = formatAuditDetails(event.details);

            return (
              <Table.Tr key={event.id} data-testid="audit-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatEventTime(event.at, timeZone)}</Text>
                </Table.Td>
                <Table.Td>
                  {event.actor ? (
                    <Text size="sm">{event.actor.name}</Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      System
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Code>{event.action}</Code>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">{event.recordType}</Text>
                    {event.recordId ? (
                      path ? (
                        <Anchor
                          component={Link}
                          to={path}
                          size="sm"
                          ff="monospace"
                          title={event.recordId}
                          aria-label={`Open ${event.recordType} ${event.recordId}`}
                        >
                          {shortId(event.recordId)}
                        </Anchor>
                      ) : (
                        <Text
                          size="sm"
                          ff="monospace"
                          title={event.recordId}
                          aria-label={`${event.recordType} ${event.recordId}`}
                        >
                          {shortId(event.recordId)}
                        </Text>
                      )
                    ) : null}
                    {event.recordId ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() =>
                          onShowRecord(event.recordType, event.recordId ?? '')
                        }
                        aria-label={`Show the history of ${event.recordType} ${event.recordId}`}
                      >
                        History
                      </Button>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td maw={420}>
                  {details ? (
                    <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                      {details}
                    </Text>
                  ) : (
                    <Text size="xs" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
