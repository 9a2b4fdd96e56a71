import { Badge } from '@mantine/core';

import type { RoomQuestion } from '@web/modules/interview-room/hooks/useInterviewRoom';
import { useNow } from '@web/modules/interview-room/hooks/useNow';
import {
  formatElapsed,
  questionElapsedMs,
  TIMER_TONE_COLORS,
  timerTone,
} from '@web/modules/interview-room/utils/timers';

// Next to a long title the badge keeps its width instead of truncating.
const NO_SHRINK = { flex: 'none' } as const;

export type QuestionTimerProps = {
  question: RoomQuestion;
  plan: readonly RoomQuestion[];
  completedAt: string | null;
  size?: 'md' | 'lg';
};

/** Time on the question (from when it was marked asked) against its planned minutes. */
export function QuestionTimer({
  question,
  plan,
  completedAt,
  size = 'lg',
}: QuestionTimerProps) {
  const now = useNow(1_000, Boolean(question.askedAt) && !completedAt);
  const elapsed = questionElapsedMs(question, plan, completedAt, now);
  if (elapsed === null) {
    return (
      <Badge
        variant="light"
        color="gray"
        size={size}
        tt="none"
        style={NO_SHRINK}
      >
        {question.plannedMinutes} min planned
      </Badge>
    );
  }
  const tone = timerTone(elapsed, question.plannedMinutes);

  return (
    <Badge
      variant={tone === 'ok' ? 'default' : 'light'}
      color={TIMER_TONE_COLORS[tone]}
      size={size}
      tt="none"
      ff="monospace"
      data-tone={tone}
      style={NO_SHRINK}
      aria-label={`${formatElapsed(elapsed)} on this question of ${question.plannedMinutes} planned minutes${tone === 'ok' ? '' : ', over time'}`}
    >
      {formatElapsed(elapsed)} / {question.plannedMinutes} min
      {tone === 'ok' ? '' : ' · over'}
    </Badge>
  );
}
