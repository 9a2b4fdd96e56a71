import { useState } from 'react';
import { Badge, Button, Group, List, Text } from '@mantine/core';

import type { PendingScorecard } from '@web/modules/candidate-review/hooks/useCandidateReview';
import { useNudgeInterviewer } from '@web/modules/candidate-review/hooks/useNudgeInterviewer';
import { toApiError } from '@web/modules/shared/utils/apiError';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';
import { notify } from '@web/modules/shared/utils/notify';

export type PendingScorecardsProps = {
  pending: readonly PendingScorecard[];
  timeZone: string;
};

const keyOf = (entry: PendingScorecard) =>
  `${entry.sessionId}:${entry.interviewer.id}`;

/** Panelists who owe a scorecard for a session that ended, with an in-app reminder. */
export function PendingScorecards({
  pending,
  timeZone,
}: PendingScorecardsProps) {
  const { nudgeInterviewer } = useNudgeInterviewer();
  const [busyKey, setBusyKey] = useState<string | null>(null);
  // Reminded during this visit: one reminder per visit is enough.
  const [reminded, setReminded] = useState<ReadonlySet<string>>(new Set());

  const nudge = async (entry: PendingScorecard) => {
    const key = keyOf(entry);
    setBusyKey(key);
    try {
      await nudgeInterviewer({
        sessionId: entry.sessionId,
        interviewerId: entry.interviewer.id,
      });
      setReminded((current) => new Set(current).add(key));
      notify({
        color: 'green',
        message: `Reminder sent to ${entry.interviewer.name}`,
      });
    } catch (error) {
      notify({
        color: 'red',
        title: `Could not remind ${entry.interviewer.name}`,
        message: toApiError(error).message,
      });
    } finally {
      setBusyKey(null);
    }
  };

  return (
    <List spacing="xs" listStyleType="none" p={0} aria-label="Scorecards owed">
      {pending.map((entry) => {
        const key = keyOf(entry);
        const isReminded = reminded.has(key);

        return (
          <List.Item key={key}>
            <Group gap="sm" wrap="wrap">
              <Text size="sm" fw={600}>
                {entry.interviewer.name}
              </Text>
              <Text size="sm" c="dimmed">
                session ended {formatDateTime(entry.endedAt, timeZone)}
              </Text>
              <Badge
                size="sm"
                variant="light"
                color={entry.hasDraft ? 'yellow' : 'gray'}
              >
                {entry.hasDraft ? 'Draft started' : 'Not started'}
              </Badge>
              <Button
                size="compact-sm"
                variant="default"
                loading={busyKey === key}
                disabled={isReminded || (busyKey !== null && busyKey !== key)}
                aria-label={
                  isReminded
                    ? `Reminder sent to ${entry.interviewer.name}`
                    : `Nudge ${entry.interviewer.name}`
                }
                onClick={() => void nudge(entry)}
              >
                {isReminded ? 'Reminder sent' : 'Nudge'}
              </Button>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
