import {
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';

import { timeZoneLabel } from '@panelwise/domain-scheduling';

import type {
  CandidateSession,
  UseCandidateRecordResult,
} from '@web/modules/candidates/hooks/useCandidateRecord';
import {
  scorecardSummary,
  splitSessions,
} from '@web/modules/candidates/utils/sessionScorecards';
import { SessionStatusBadge } from '@web/modules/scheduling/components/SessionStatusBadge';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export type CandidateSessionsSectionProps = Pick<
  UseCandidateRecordResult,
  'sessions' | 'isLoading' | 'error' | 'retry'
> & {
  candidateId: string;
  timeZone: string;
  now: Date;
  /** Coordinators schedule and review; interviewers see their own panels only. */
  isCoordinator: boolean;
};

/** The candidate's sessions, upcoming then past, with their scorecards. */
export function CandidateSessionsSection({
  sessions,
  isLoading,
  error,
  retry,
  candidateId,
  timeZone,
  now,
  isCoordinator,
}: CandidateSessionsSectionProps) {
  const { upcoming, past } = splitSessions(sessions, now);

  return (
    <section aria-labelledby="candidate-sessions-heading">
      <Group justify="space-between" align="flex-end" mb="xs">
        <div>
          <Title order={2} size="h3" id="candidate-sessions-heading">
            Sessions
          </Title>
          <Text size="sm" c="dimmed">
            {isCoordinator
              ? 'Every session of this candidate'
              : 'The sessions you sit on'}{' '}
            · times in {timeZoneLabel(timeZone)}
          </Text>
        </div>
        {isCoordinator ? (
          <Button
            component={Link}
            to={`/schedule/new?candidate=${encodeURIComponent(candidateId)}`}
            variant="light"
          >
            Schedule a session
          </Button>
        ) : null}
      </Group>
      {isLoading ? (
        <Loader size="sm" aria-label="Loading the sessions" />
      ) : error ? (
        <ErrorState
          title="Could not load the sessions"
          message={error.message}
          onRetry={retry}
        />
      ) : sessions.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text fw={600}>No sessions yet</Text>
          <Text size="sm" c="dimmed" mt={4}>
            {isCoordinator
              ? 'Schedule one, or send a scheduling link below so the candidate picks a time.'
              : 'When you are on a panel with this candidate, the session shows here.'}
          </Text>
        </Paper>
      ) : (
        <Stack gap="md">
          <SessionsTable
            label="Upcoming sessions"
            sessions={upcoming}
            empty="Nothing upcoming."
            candidateId={candidateId}
            timeZone={timeZone}
            now={now}
            isCoordinator={isCoordinator}
          />
          <SessionsTable
            label="Past sessions"
            sessions={past}
            empty="No past sessions."
            candidateId={candidateId}
            timeZone={timeZone}
            now={now}
            isCoordinator={isCoordinator}
          />
        </Stack>
      )}
    </section>
  );
}

type SessionsTableProps = {
  label: string;
  sessions: CandidateSession[];
  empty: string;
  candidateId: string;
  timeZone: string;
  now: Date;
  isCoordinator: boolean;
};

function SessionsTable({
  label,
  sessions,
  empty,
  candidateId,
  timeZone,
  now,
  isCoordinator,
}: SessionsTableProps) {
  return (
    <div>
      <Title order={3} size="h5" mb={4}>
        {label}
      </Title>
      {sessions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">Kit</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Scorecards</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/sessions/${session.id}`}
                      size="sm"
                    >
                      {formatDateTime(session.startsAt, timeZone)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{session.kitName}</Text>
                  </Table.Td>
                  <Table.Td>
                    <SessionStatusBadge status={session.status} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm">{scorecardSummary(session, now)}</Text>
                      {isCoordinator &&
                      session.panelSubmissions.some((s) => s.submittedAt) ? (
                        <Anchor
                          component={Link}
                          to={`/candidates/${candidateId}/review`}
                          size="sm"
                        >
                          Review
                        </Anchor>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}
