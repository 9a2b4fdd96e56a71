import { Button, Group, Paper } from '@mantine/core';

import type { RoomQuestion } from '@web/modules/interview-room/hooks/useInterviewRoom';

import { QuestionTimer } from './QuestionTimer';

export type RoomControlBarProps = {
  item: RoomQuestion;
  index: number;
  plan: readonly RoomQuestion[];
  completedAt: string | null;
  canRunQuestions: boolean;
  isBusy: boolean;
  onMarkAsked: (isAsked: boolean) => void;
  onPrevious: () => void;
  onNext: () => void;
};

/**
 * On a phone the question and its notes fill the screen: the timer, "mark
 * asked" and moving between questions stay in reach at the bottom.
 */
export function RoomControlBar({
  item,
  index,
  plan,
  completedAt,
  canRunQuestions,
  isBusy,
  onMarkAsked,
  onPrevious,
  onNext,
}: RoomControlBarProps) {
  return (
    <Paper
      hiddenFrom="md"
      withBorder
      shadow="md"
      radius="md"
      p="xs"
      role="toolbar"
      aria-label="Question controls"
      style={{ position: 'sticky', bottom: 8, zIndex: 3 }}
    >
      <Group justify="space-between" gap={6} wrap="nowrap">
        <Button
          variant="default"
          size="sm"
          px="xs"
          onClick={onPrevious}
          disabled={index === 0}
          aria-label="Previous question"
        >
          ←
        </Button>
        <QuestionTimer
          question={item}
          plan={plan}
          completedAt={completedAt}
          size="md"
        />
        {item.askedAt ? (
          <Button
            size="sm"
            px="xs"
            style={{ flex: 1 }}
            variant="default"
            onClick={() => onMarkAsked(false)}
            disabled={!canRunQuestions || isBusy}
          >
            Undo asked
          </Button>
        ) : (
          <Button
            size="sm"
            px="xs"
            style={{ flex: 1 }}
            onClick={() => onMarkAsked(true)}
            disabled={!canRunQuestions || isBusy}
          >
            Mark asked
          </Button>
        )}
        <Button
          variant="default"
          size="sm"
          px="xs"
          onClick={onNext}
          disabled={index === plan.length - 1}
          aria-label="Next question"
        >
          →
        </Button>
      </Group>
    </Paper>
  );
}
