import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { timeZoneLabel } from '@panelwise/domain-scheduling';

import type { SessionDetail } from '@web/modules/scheduling/hooks/useSession';
import { PANEL_ROLE_LABELS } from '@web/modules/scheduling/utils/sessionStatus';
import {
  dayShift,
  formatTime,
  formatTimeRange,
} from '@web/modules/shared/utils/timeZoneDisplay';

import { SessionStatusBadge } from './SessionStatusBadge';

export type SessionSummaryProps = {
  session: SessionDetail;
  viewerZone: string;
};

function isLink(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** What, when (for the viewer and where it was planned), where and who. */
export function SessionSummary({ session, viewerZone }: SessionSummaryProps) {
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="summary-heading"
    >
      <Stack gap="md">
        <Group gap="sm">
          <Title order={2} size="h3" id="summary-heading">
            Details
          </Title>
          <SessionStatusBadge status={session.status} />
        </Group>
        <dl
          className="pw-definition-list"
          style={{
            margin: 0,
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            gap: '0.5rem 1.5rem',
          }}
        >
          <Text component="dt" fw={600} size="sm">
            Candidate
          </Text>
          <Text component="dd" size="sm" m={0}>
            <Anchor component={Link} to={`/candidates/${session.candidate.id}`}>
              {session.candidate.name}
            </Anchor>
            {session.candidate.targetRole
              ? ` · ${session.candidate.targetRole}`
              : ''}
            {session.candidate.email ? ` · ${session.candidate.email}` : ''}
          </Text>
          <Text component="dt" fw={600} size="sm">
            Interview kit
          </Text>
          <Text component="dd" size="sm" m={0}>
            <Anchor component={Link} to={`/kits/${session.kitId}`}>
              {session.kitName}
            </Anchor>
          </Text>
          <Text component="dt" fw={600} size="sm">
            Your time
          </Text>
          <Text
            component="dd"
            size="sm"
            m={0}
            data-testid="session-time-viewer"
          >
            {formatTimeRange(session.startsAt, session.endsAt, viewerZone)}
          </Text>
          {session.timeZone !== viewerZone ? (
            <>
              <Text component="dt" fw={600} size="sm">
                Planned in
              </Text>
              <Text component="dd" size="sm" m={0}>
                {formatTimeRange(
                  session.startsAt,
                  session.endsAt,
                  session.timeZone,
                )}
              </Text>
            </>
          ) : null}
          <Text component="dt" fw={600} size="sm">
            Location
          </Text>
          <Text component="dd" size="sm" m={0}>
            {session.location ? (
              isLink(session.location) ? (
                <Anchor
                  href={session.location}
                  target="_blank"
                  rel="noreferrer"
                >
                  {session.location}
                </Anchor>
              ) : (
                session.location
              )
            ) : (
              <Text span c="dimmed" size="sm">
                Not set
              </Text>
            )}
          </Text>
          {session.rescheduleCount > 0 ? (
            <>
              <Text component="dt" fw={600} size="sm">
                Rescheduled
              </Text>
              <Text component="dd" size="sm" m={0}>
                {session.rescheduleCount} time
                {session.rescheduleCount === 1 ? '' : 's'}
              </Text>
            </>
          ) : null}
        </dl>

        <Title order={3} size="h4">
          Panel
        </Title>
        <Table aria-label="Panel" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Interviewer</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Their local time</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {session.panel.map((panelist) => {
              const shift = dayShift(
                session.startsAt,
                panelist.user.timeZone,
                viewerZone,
              );

              return (
                <Table.Tr key={panelist.user.id}>
                  <Table.Td>{panelist.user.name}</Table.Td>
                  <Table.Td>{PANEL_ROLE_LABELS[panelist.role]}</Table.Td>
                  <Table.Td>
                    {formatTime(session.startsAt, panelist.user.timeZone)}–
                    {formatTime(session.endsAt, panelist.user.timeZone)} (
                    {timeZoneLabel(panelist.user.timeZone)}
                    {shift ? `, ${shift}` : ''})
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
