import {
  Anchor,
  Badge,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';

import { timeZoneLabel } from '@panelwise/domain-scheduling';

import type { UseMyInterviewsResult } from '@web/modules/home/hooks/useMyInterviews';
import { groupSessionsByDay } from '@web/modules/home/utils/interviewDays';
import { formatDateKey } from '@web/modules/shared/utils/timeZoneDisplay';
import { ErrorState } from '@web/modules/shared/components/ErrorState';

import { InterviewCard } from './InterviewCard';
import { isDueNow } from './InterviewStatusBadge';

export type UpcomingInterviewsSectionProps = UseMyInterviewsResult & {
  viewerId: string;
  timeZone: string;
  days: number;
  now: Date;
};

/** The viewer's sessions by local day, today first. */
export function UpcomingInterviewsSection({
  sessions,
  isLoading,
  error,
  retry,
  viewerId,
  timeZone,
  days,
  now,
}: UpcomingInterviewsSectionProps) {
  const groups = groupSessionsByDay(sessions, timeZone, now);
  const liveCount = sessions.filter(
    (session) => session.status === 'IN_PROGRESS' || isDueNow(session, now),
  ).length;

  return (
    <section aria-labelledby="my-interviews-heading">
      <Group gap="xs" mb={4}>
        <Title order={2} size="h3" id="my-interviews-heading">
          My interviews
        </Title>
        {liveCount > 0 ? (
          <Badge color="red" variant="filled">
            {liveCount} live
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        The next {days} days · times in {timeZoneLabel(timeZone)}
      </Text>
      {isLoading ? (
        <Loader size="sm" aria-label="Loading your interviews" />
      ) : error ? (
        <ErrorState
          title="Could not load your interviews"
          message={error.message}
          onRetry={retry}
        />
      ) : groups.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text fw={600}>No interviews in the next {days} days</Text>
          <Text size="sm" c="dimmed" mt={4}>
            When a coordinator puts you on a panel, the session shows up here
            with a link to its room. Keep{' '}
            <Anchor
              component={Link}
              to="/availability"
              size="sm"
              underline="always"
            >
              your availability
            </Anchor>{' '}
            up to date so that you can be picked.
          </Text>
        </Paper>
      ) : (
        <Stack gap="lg">
          {groups.map((group) => {
            const headingId = `interviews-day-${group.dateKey}`;
            const isNamedDay = group.label !== formatDateKey(group.dateKey);

            return (
              <section key={group.dateKey} aria-labelledby={headingId}>
                <Group gap="xs" mb="xs" align="baseline">
                  <Title order={3} size="h5" id={headingId}>
                    {group.label}
                  </Title>
                  {isNamedDay ? (
                    <Text size="sm" c="dimmed">
                      {formatDateKey(group.dateKey)}
                    </Text>
                  ) : null}
                </Group>
                <Stack
                  component="ul"
                  gap="sm"
                  style={{ listStyle: 'none', margin: 0, padding: 0 }}
                >
                  {group.sessions.map((session) => (
                    <InterviewCard
                      now={now}
                      key={session.id}
                      session={session}
                      viewerId={viewerId}
                      timeZone={timeZone}
                    />
                  ))}
                </Stack>
              </section>
            );
          })}
        </Stack>
      )}
    </section>
  );
}
