import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { UseFeedbackTimelinessResult } from '@web/modules/timeliness/hooks/useFeedbackTimeliness';
import { formatAge } from '@web/modules/timeliness/utils/timeliness';

import { ToDoSection } from './ToDoSection';

/** Enough to act on from Home; the timeliness page lists every one. */
export const OWED_SCORECARDS_SHOWN = 8;

export type OwedScorecardsSectionProps = Pick<
  UseFeedbackTimelinessResult,
  'timeliness' | 'isLoading' | 'error' | 'retry'
>;

/** Scorecards the team still owes for ended sessions, overdue first, oldest first. */
export function OwedScorecardsSection({
  timeliness,
  isLoading,
  error,
  retry,
}: OwedScorecardsSectionProps) {
  const outstanding = [...(timeliness?.outstanding ?? [])].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || b.ageHours - a.ageHours,
  );
  const overdueCount = outstanding.filter((item) => item.overdue).length;
  const shown = outstanding.slice(0, OWED_SCORECARDS_SHOWN);
  const hidden = outstanding.length - shown.length;

  return (
    <ToDoSection
      id="owed-scorecards-heading"
      title="Scorecards owed"
      badge={
        overdueCount > 0
          ? `${overdueCount} overdue`
          : outstanding.length > 0
            ? `${outstanding.length}`
            : null
      }
      isUrgent={overdueCount > 0}
      moreLink={{
        to: '/timeliness',
        label:
          hidden > 0
            ? `All ${outstanding.length} and reminders`
            : 'Remind on the timeliness page',
      }}
      isLoading={isLoading}
      error={error}
      retry={retry}
      isEmpty={outstanding.length === 0}
      emptyText="Every scorecard of an ended session is in."
    >
      {shown.map((item) => (
        <Paper
          key={`${item.sessionId}-${item.interviewer.id}`}
          component="li"
          withBorder
          radius="md"
          p="sm"
          aria-label={`${item.interviewer.name} owes ${item.candidateName}`}
          style={
            item.overdue
              ? { borderColor: 'var(--mantine-color-red-8)' }
              : undefined
          }
        >
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Anchor
                component={Link}
                to={`/sessions/${item.sessionId}`}
                fw={600}
              >
                {item.interviewer.name} · {item.candidateName}
              </Anchor>
              <Text size="sm" c={item.overdue ? 'red.9' : 'dimmed'}>
                Owed for {formatAge(item.ageHours)}
              </Text>
            </div>
            {item.overdue ? (
              <Badge color="red" variant="light" style={{ flexShrink: 0 }}>
                Overdue
              </Badge>
            ) : null}
          </Group>
        </Paper>
      ))}
    </ToDoSection>
  );
}
