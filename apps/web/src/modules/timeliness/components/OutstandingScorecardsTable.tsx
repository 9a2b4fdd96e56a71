import { useState } from 'react';
import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { toApiError } from '@web/modules/shared/utils/apiError';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';
import { notify } from '@web/modules/shared/utils/notify';
import { useNudgeInterviewer } from '@web/modules/timeliness/hooks/useNudgeInterviewer';
import {
  formatAge,
  type OutstandingScorecard,
  outstandingKey,
  sortOutstanding,
} from '@web/modules/timeliness/utils/timeliness';

export type OutstandingScorecardsTableProps = {
  outstanding: readonly OutstandingScorecard[];
  timeZone: string;
};

/** Scorecards owed for sessions that ended, oldest first, with a nudge for each. */
export function OutstandingScorecardsTable({
  outstanding,
  timeZone,
}: OutstandingScorecardsTableProps) {
  const { nudge } = useNudgeInterviewer();
  const [sendingKey, setSendingKey] = useState<string | null>(null);
  // Nudged during this visit; the API keeps no flag for it.
  const [nudgedKeys, setNudgedKeys] = useState<ReadonlySet<string>>(
    () => new Set(),
  );

  const handleNudge = async (row: OutstandingScorecard) => {
    const key = outstandingKey(row);
    setSendingKey(key);
    try {
      await nudge(row.sessionId, row.interviewer.id);
      setNudgedKeys((current) => new Set(current).add(key));
      notify({
        color: 'green',
        title: 'Reminder sent',
        message: `${row.interviewer.name} was reminded of the scorecard for ${row.candidateName}.`,
      });
    } catch (error) {
      notify({
        color: 'red',
        title: 'Could not send the reminder',
        message: toApiError(error).message,
      });
    } finally {
      setSendingKey(null);
    }
  };

  if (outstanding.length === 0) {
    return (
      <Text size="sm" c="dimmed" role="status">
        No scorecards are outstanding.
      </Text>
    );
  }

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table
        striped
        verticalSpacing="sm"
        aria-label="Outstanding scorecards, oldest first"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Candidate</Table.Th>
            <Table.Th scope="col">Interviewer</Table.Th>
            <Table.Th scope="col">Session ended</Table.Th>
            <Table.Th scope="col">Waiting for</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">
              <span className="pw-visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortOutstanding(outstanding).map((row) => {
            const key = outstandingKey(row);
            const isNudged = nudgedKeys.has(key);

            return (
              <Table.Tr key={key} data-testid="outstanding-row">
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/sessions/${row.sessionId}`}
                    size="sm"
                    aria-label={`Session with ${row.candidateName}`}
                  >
                    {row.candidateName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{row.interviewer.name}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(row.endedAt, timeZone)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatAge(row.ageHours)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {row.overdue ? (
                      <Badge color="red" variant="light">
                        Overdue
                      </Badge>
                    ) : (
                      <Badge color="blue" variant="light">
                        Due
                      </Badge>
                    )}
                    {row.reminded ? (
                      <Badge color="gray" variant="light">
                        Reminded
                      </Badge>
                    ) : null}
                    {row.escalated ? (
                      <Badge color="orange" variant="light">
                        Escalated
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => void handleNudge(row)}
                    loading={sendingKey === key}
                    disabled={sendingKey !== null && sendingKey !== key}
                    aria-label={`Nudge ${row.interviewer.name} about ${row.candidateName}`}
                  >
                    {isNudged ? 'Nudge again' : 'Nudge'}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
