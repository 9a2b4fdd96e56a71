import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import {
  formatSessionTimes,
  isMeetingLink,
  type MyInterview,
  myPanelRole,
} from '@web/modules/home/utils/interviewDays';
import { PANEL_ROLE_LABELS } from '@web/modules/scheduling/utils/sessionStatus';

import { InterviewStatusBadge, isDueNow } from './InterviewStatusBadge';

export type InterviewCardProps = {
  session: MyInterview;
  viewerId: string;
  timeZone: string;
  now: Date;
};

function meetingHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** One of the viewer's sessions: when, who, where, and the way in. */
export function InterviewCard({
  session,
  viewerId,
  timeZone,
  now,
}: InterviewCardProps) {
  const isLive = session.status === 'IN_PROGRESS' || isDueNow(session, now);
  const role = myPanelRole(session, viewerId);
  const times = formatSessionTimes(session.startsAt, session.endsAt, timeZone);
  const candidate = session.candidate;
  const location = session.location.trim();

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="md"
      aria-label={`${times}, ${candidate.name}`}
      style={
        isLive
          ? {
              borderColor: 'var(--mantine-color-red-8)',
              borderWidth: 2,
            }
          : undefined
      }
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Group gap="xs">
            <Text fw={700}>{times}</Text>
            <InterviewStatusBadge session={session} now={now} />
          </Group>
          <Text>
            {candidate.name}
            {candidate.targetRole ? (
              <Text span c="dimmed">
                {' '}
                · {candidate.targetRole}
              </Text>
            ) : null}
          </Text>
          <Text size="sm">
            {session.kitName}
            {role ? ` · You: ${PANEL_ROLE_LABELS[role]}` : ''}
          </Text>
          <Text size="sm" c={location ? undefined : 'dimmed'}>
            {location ? (
              isMeetingLink(location) ? (
                <Anchor href={location} target="_blank" rel="noreferrer">
                  Join meeting ({meetingHost(location)})
                  <span className="pw-visually-hidden">
                    {' '}
                    (opens in a new tab)
                  </span>
                </Anchor>
              ) : (
                location
              )
            ) : (
              'No location set'
            )}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/sessions/${session.id}/room`}
            variant={isLive ? 'filled' : 'light'}
            color={isLive ? 'red' : undefined}
            aria-label={`Open room for ${candidate.name}`}
          >
            Open room
          </Button>
          <Button
            component={Link}
            to={`/sessions/${session.id}`}
            variant="default"
            aria-label={`Details for ${candidate.name}`}
          >
            Details
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
