import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { timeZoneLabel } from '@panelwise/domain-scheduling';

import type { AuditEvent } from '@web/modules/audit/hooks/useAuditEvents';
import { formatAuditDetails } from '@web/modules/audit/utils/auditDetails';
import {
  auditActionLabel,
  auditRecordTypeLabel,
} from '@web/modules/audit/utils/auditLabels';
import {
  auditRecordPath,
  shortId,
} from '@web/modules/audit/utils/auditRecords';

export type AuditEventsTableProps = {
  events: readonly AuditEvent[];
  timeZone: string;
  /** Narrows the log to one record's history. */
  onShowRecord: (recordType: string, recordId: string) => void;
};

function formatEventTime(iso: string, timeZone: string): string {
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
  const zone = timeZoneLabel(timeZone);

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
            const typeLabel = auditRecordTypeLabel(event.recordType);
            const recordLabel = `${typeLabel.toLowerCase()} ${event.recordName ?? event.recordId ?? ''}`;

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
                  <Text size="sm" title={event.action}>
                    {auditActionLabel(event.action)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                      <Text size="xs" c="dimmed">
                        {typeLabel}
                      </Text>
                      {event.recordId ? (
                        path && event.recordName ? (
                          <Anchor
                            component={Link}
                            to={path}
                            size="sm"
                            title={event.recordId}
                          >
                            {event.recordName}
                          </Anchor>
                        ) : (
                          <Text
                            size="sm"
                            title={event.recordId}
                            c={event.recordName ? undefined : 'dimmed'}
                          >
                            {event.recordName ??
                              `Deleted or not named (${shortId(event.recordId)})`}
                          </Text>
                        )
                      ) : null}
                    </Stack>
                    {event.recordId ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() =>
                          onShowRecord(event.recordType, event.recordId ?? '')
                        }
                        aria-label={`Show the history of ${recordLabel}`}
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
