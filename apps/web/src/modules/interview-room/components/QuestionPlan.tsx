import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';

import type { RoomQuestion } from '@web/modules/interview-room/hooks/useInterviewRoom';
import { formatDate } from '@web/modules/shared/utils/formatDate';

import classes from './QuestionPlan.module.css';

export type QuestionPlanProps = {
  /** The viewer's profile zone: every time shown is in it. */
  timeZone: string;
  questions: readonly RoomQuestion[];
  currentId: string | null;
  onSelect: (sessionQuestionId: string) => void;
};

/** The session's plan in order: what was asked, skipped, or asked before. */
export function QuestionPlan({
  timeZone,
  questions,
  currentId,
  onSelect,
}: QuestionPlanProps) {
  if (questions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The plan has no questions yet: add one from the bank.
      </Text>
    );
  }

  return (
    <Stack component="ol" gap={4} p={0} m={0} className={classes.list}>
      {questions.map((item, index) => {
        const isCurrent = item.id === currentId;

        return (
          <li key={item.id}>
            <UnstyledButton
              className={classes.item}
              data-current={isCurrent || undefined}
              data-state={planState(item)}
              aria-current={isCurrent ? 'step' : undefined}
              onClick={() => onSelect(item.id)}
            >
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Text fw={700} size="sm" className={classes.number}>
                  Q{index + 1}
                </Text>
                <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" lineClamp={2}>
                    {item.question.prompt}
                  </Text>
                  <Group gap={6}>
                    <Text size="xs" c="dimmed">
                      {item.plannedMinutes} min
                    </Text>
                    {item.askedAt ? (
                      <Badge size="xs" color="teal" variant="light">
                        ✓ Asked
                      </Badge>
                    ) : null}
                    {item.skippedAt ? (
                      <Badge size="xs" color="gray" variant="light">
                        Skipped
                      </Badge>
                    ) : null}
                    {item.fromKit ? null : (
                      <Badge size="xs" color="indigo" variant="light">
                        Added
                      </Badge>
                    )}
                    {item.previouslyAskedAt ? (
                      <Badge
                        size="xs"
                        color="orange"
                        variant="light"
                        title={`Asked of this candidate on ${formatDate(item.previouslyAskedAt, timeZone)}`}
                      >
                        ⚠ Asked before
                      </Badge>
                    ) : null}
                  </Group>
                </Stack>
              </Group>
            </UnstyledButton>
          </li>
        );
      })}
    </Stack>
  );
}

function planState(item: RoomQuestion): string {
  if (item.askedAt) {
    return 'asked';
  }

  return item.skippedAt ? 'skipped' : 'open';
}
