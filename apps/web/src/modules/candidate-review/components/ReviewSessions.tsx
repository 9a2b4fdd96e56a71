import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { ReviewSession } from '@web/modules/candidate-review/hooks/useCandidateReview';
import { SessionStatusBadge } from '@web/modules/scheduling/components/SessionStatusBadge';
import { PANEL_ROLE_LABELS } from '@web/modules/scheduling/utils/sessionStatus';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export type ReviewSessionsProps = {
  sessions: readonly ReviewSession[];
  timeZone: string;
  now: Date;
};

type Submission = ReviewSession['panelSubmissions'][number];

/** Where a panelist's scorecard stands, as the coordinator reads it. */
function submissionState(
  session: ReviewSession,
  submission: Submission,
  now: Date,
): { label: string; color: string } {
  if (submission.submittedAt) {
    return { label: '✓ Submitted', color: 'teal' };
  }
  if (session.status === 'CANCELLED' || session.status === 'NO_SHOW') {
    return { label: 'Not expected', color: 'gray' };
  }
  if (new Date(session.endsAt) > now && session.status !== 'COMPLETED') {
    return { label: 'After the session', color: 'gray' };
  }

  return submission.required
    ? { label: 'Pending', color: 'yellow' }
    : { label: 'Optional, not written', color: 'gray' };
}

/** The candidate's sessions, oldest first, with who has submitted a scorecard. */
export function ReviewSessions({
  sessions,
  timeZone,
  now,
}: ReviewSessionsProps) {
  const ordered = [...sessions].sort((a, b) =>
    a.startsAt.localeCompare(b.startsAt),
  );

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label="Sessions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">Kit</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Panel and scorecards</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ordered.map((session) => {
            return (
              <Table.Tr key={session.id} data-testid="review-session-row">
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
                  <Stack gap={4}>
                    {session.panelSubmissions.map((submission) => {
                      const state = submissionState(session, submission, now);

                      return (
                        <Group key={submission.user.id} gap="xs" wrap="nowrap">
                          <Text size="sm">
                            {submission.user.name}{' '}
                            <Text span size="xs" c="dimmed">
                              ({PANEL_ROLE_LABELS[submission.role]})
                            </Text>
                          </Text>
                          <Badge
                            size="sm"
                            variant="light"
                            color={state.color}
                            tt="none"
                          >
                            {state.label}
                          </Badge>
                        </Group>
                      );
                    })}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
