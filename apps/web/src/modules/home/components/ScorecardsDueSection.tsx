import {
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';

import type { UseScorecardsDueResult } from '@web/modules/home/hooks/useScorecardsDue';
import {
  type ScorecardDueItem,
  sortScorecardsDue,
} from '@web/modules/home/utils/scorecardDue';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import {
  formatDayLabel,
  formatTime,
} from '@web/modules/shared/utils/timeZoneDisplay';

export type ScorecardsDueSectionProps = UseScorecardsDueResult & {
  timeZone: string;
  now: Date;
};

/** Scorecards the viewer still owes, overdue ones first. */
export function ScorecardsDueSection({
  scorecards,
  isLoading,
  error,
  retry,
  timeZone,
  now,
}: ScorecardsDueSectionProps) {
  const items = sortScorecardsDue(scorecards, now);
  const overdueCount = items.filter((item) => item.isOverdue).length;

  return (
    <section aria-labelledby="scorecards-due-heading">
      <Group gap="xs" mb="sm">
        <Title order={2} size="h3" id="scorecards-due-heading">
          Scorecards due
        </Title>
        {overdueCount > 0 ? (
          <Badge color="red" variant="light">
            {overdueCount} overdue
          </Badge>
        ) : null}
      </Group>
      {isLoading ? (
        <Loader size="sm" aria-label="Loading your scorecards" />
      ) : error ? (
        <ErrorState
          title="Could not load your scorecards"
          message={error.message}
          onRetry={retry}
        />
      ) : items.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text fw={600}>You are all caught up</Text>
          <Text size="sm" c="dimmed" mt={4}>
            When a session you sat on ends, its scorecard waits for you here
            until you submit it. Write it while the interview is fresh.
          </Text>
        </Paper>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {items.map((item) => (
            <ScorecardDueRow
              key={item.sessionId}
              item={item}
              timeZone={timeZone}
            />
          ))}
        </Stack>
      )}
    </section>
  );
}

function ScorecardDueRow({
  item,
  timeZone,
}: {
  item: ScorecardDueItem;
  timeZone: string;
}) {
  const isDraft = item.status === 'DRAFT';

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      aria-label={`${item.candidateName}, ${item.dueLabel}`}
      style={
        item.isOverdue
          ? { borderColor: 'var(--mantine-color-red-8)' }
          : undefined
      }
    >
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 200px' }}>
          <Group gap="xs">
            <Text fw={600}>{item.candidateName}</Text>
            {isDraft ? (
              <Badge color="gray" variant="light">
                Draft
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {item.kitName} · ended {formatDayLabel(item.endedAt, timeZone)},{' '}
            {formatTime(item.endedAt, timeZone)}
          </Text>
          <Text
            size="sm"
            fw={item.isOverdue ? 700 : 500}
            c={item.isOverdue ? 'red.9' : undefined}
          >
            {item.dueLabel.charAt(0).toUpperCase() + item.dueLabel.slice(1)}
          </Text>
        </Stack>
        <Button
          component={Link}
          to={`/sessions/${item.sessionId}/scorecard`}
          variant={item.isOverdue ? 'filled' : 'light'}
          color={item.isOverdue ? 'red' : undefined}
          aria-label={`${isDraft ? 'Finish' : 'Write'} scorecard for ${item.candidateName}`}
        >
          {isDraft ? 'Finish scorecard' : 'Write scorecard'}
        </Button>
      </Group>
    </Paper>
  );
}
