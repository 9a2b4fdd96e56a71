import { Badge, Group, List, Text } from '@mantine/core';

import type { DebriefDecision } from '@web/modules/candidate-review/hooks/useCandidateReview';
import {
  DECISION_COLORS,
  decisionLabel,
} from '@web/modules/candidate-review/utils/decisions';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export type DecisionHistoryProps = {
  /** Newest first, as the API returns them. */
  decisions: readonly DebriefDecision[];
  timeZone: string;
};

export function DecisionHistory({ decisions, timeZone }: DecisionHistoryProps) {
  if (decisions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No decision recorded yet. Every decision stays here, newest first.
      </Text>
    );
  }

  return (
    <List spacing="sm" listStyleType="none" p={0} aria-label="Decision history">
      {decisions.map((decision, index) => (
        <List.Item key={decision.id} data-testid="decision-history-item">
          <Group gap="xs">
            <Badge
              variant="light"
              tt="none"
              color={DECISION_COLORS[decision.decision]}
            >
              {decisionLabel(decision.decision)}
            </Badge>
            {index === 0 ? (
              <Text size="xs" fw={600}>
                Current
              </Text>
            ) : null}
            <Text size="xs" c="dimmed">
              {decision.decidedBy?.name ?? 'A former member'} ·{' '}
              {formatDateTime(decision.decidedAt, timeZone)}
            </Text>
          </Group>
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {decision.rationale}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
