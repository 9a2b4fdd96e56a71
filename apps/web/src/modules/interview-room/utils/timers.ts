/** Elapsed time as m:ss, or h:mm:ss past an hour. */
export function formatElapsed(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');

  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}`
    : `${minutes}:${ss}`;
}

/** Whole-session time: from the start until it completed, or until now. */
export function sessionElapsedMs(
  session: { startedAt: string | null; completedAt: string | null },
  now: number,
): number | null {
  if (!session.startedAt) {
    return null;
  }
  const end = session.completedAt ? Date.parse(session.completedAt) : now;

  return end - Date.parse(session.startedAt);
}

type TimedQuestion = { id: string; askedAt: string | null };

/**
 * Time on a question: from when it was marked asked until the next question
 * was asked (or the session completed); running while it is the latest.
 */
export function questionElapsedMs(
  question: TimedQuestion,
  plan: readonly TimedQuestion[],
  completedAt: string | null,
  now: number,
): number | null {
  if (!question.askedAt) {
    return null;
  }
  const start = Date.parse(question.askedAt);
  const ends = plan
    .filter((other) => other.id !== question.id && other.askedAt)
    .map((other) => Date.parse(other.askedAt as string))
    .filter((askedAt) => askedAt > start);
  if (completedAt) {
    ends.push(Date.parse(completedAt));
  }
  const end = ends.length ? Math.min(...ends) : now;

  return Math.max(0, end - start);
}

export type TimerTone = 'ok' | 'over' | 'far-over';

/** Orange once past the planned minutes, red at half as much again. */
export function timerTone(
  elapsedMs: number,
  plannedMinutes: number,
): TimerTone {
  const plannedMs = plannedMinutes * 60_000;
  if (plannedMs <= 0 || elapsedMs <= plannedMs) {
    return 'ok';
  }

  return elapsedMs > plannedMs * 1.5 ? 'far-over' : 'over';
}

export const TIMER_TONE_COLORS: Record<TimerTone, string> = {
  ok: 'gray',
  over: 'orange',
  'far-over': 'red',
};
