import { Text } from '@mantine/core';

import { useNow } from '@web/modules/interview-room/hooks/useNow';
import {
  formatElapsed,
  sessionElapsedMs,
} from '@web/modules/interview-room/utils/timers';

export type SessionTimerProps = {
  startedAt: string | null;
  completedAt: string | null;
};

/** Time since the session started; stops when it completes. */
export function SessionTimer({ startedAt, completedAt }: SessionTimerProps) {
  const now = useNow(1_000, Boolean(startedAt) && !completedAt);
  const elapsed = sessionElapsedMs({ startedAt, completedAt }, now);

  return (
    <div>
      <Text size="xs" c="dimmed" component="div">
        Session time
      </Text>
      <Text
        fw={700}
        size="lg"
        ff="monospace"
        component="div"
        aria-label={
          elapsed === null
            ? 'Session not started'
            : `Session time ${formatElapsed(elapsed)}`
        }
        data-testid="session-timer"
      >
        {elapsed === null ? '–:––' : formatElapsed(elapsed)}
      </Text>
    </div>
  );
}
