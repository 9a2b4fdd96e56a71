import { Badge, Group, Paper, Stack, Text } from '@mantine/core';

import type { DebriefDecision } from '@web/modules/candidate-review/hooks/useCandidateReview';
import {
  DECISION_COLORS,
  decisionLabel,
} from '@web/modules/candidate-review/utils/decisions';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export type CurrentDecisionProps = {
  decision: DebriefDecision | null;
  timeZone: string;
};

/** The latest debrief decision, or a note that none is recorded yet. */
export function CurrentDecision({ decision, timeZone }: CurrentDecisionProps) {
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="current-decision-heading"
      style={
        decision
          ? {
              borderLeft: `6px solid var(--mantine-color-${DECISION_COLORS[decision.decision]}-6)`,
            }
          : undefined
      }
    >
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Text fw={600} id="current-decision-heading">
            Current decision
          </Text>
          {decision ? (
            <Badge
              size="lg"
              variant="light"
              tt="none"
              color={DECISION_COLORS[decision.decision]}
              data-testid="current-decision"
            >
              {decisionLabel(decision.decision)}
            </Badge>
          ) : (
            <Badge size="lg" variant="light" color="gray" tt="none">
              None yet
            </Badge>
          )}
        </Group>
        {decision ? (
          <>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {decision.rationale}
            </Text>
            <Text size="xs" c="dimmed">
              Decided by {decision.decidedBy?.name ?? 'a former member'} on{' '}
              {formatDateTime(decision.decidedAt, timeZone)}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Read the scorecards below, then record a decision with its rationale
            at the bottom of this page.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
