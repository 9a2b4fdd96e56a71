import { Anchor, Group, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { UseCandidatesAwaitingDecisionResult } from '@web/modules/home/hooks/useCandidatesAwaitingDecision';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

import { ToDoSection } from './ToDoSection';

export type AwaitingDecisionSectionProps =
  UseCandidatesAwaitingDecisionResult & { timeZone: string };

/** Candidates with scorecards in and no decision since their last session, the longest waiting first. */
export function AwaitingDecisionSection({
  candidates,
  isLoading,
  error,
  retry,
  timeZone,
}: AwaitingDecisionSectionProps) {
  return (
    <ToDoSection
      id="awaiting-decision-heading"
      title="Waiting for a decision"
      badge={candidates.length > 0 ? `${candidates.length}` : null}
      isLoading={isLoading}
      error={error}
      retry={retry}
      isEmpty={candidates.length === 0}
      emptyText="No candidate is waiting: every one with scorecards in has a decision."
    >
      {candidates.map((item) => (
        <Paper
          key={item.candidate.id}
          component="li"
          withBorder
          radius="md"
          p="sm"
          aria-label={item.candidate.name}
        >
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Text fw={600}>{item.candidate.name}</Text>
              <Text size="sm" c="dimmed">
                {item.submittedScorecards} submitted
                {item.pendingScorecards > 0
                  ? `, ${item.pendingScorecards} still owed`
                  : ''}{' '}
                · last session completed{' '}
                {formatDateTime(item.lastCompletedAt, timeZone)}
              </Text>
            </div>
            <Anchor
              component={Link}
              to={`/candidates/${item.candidate.id}/review`}
              size="sm"
              style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
              aria-label={`Review and decide on ${item.candidate.name}`}
            >
              Review and decide
            </Anchor>
          </Group>
        </Paper>
      ))}
    </ToDoSection>
  );
}
