import { describe, expect, it } from 'vitest';

import { opensAt } from './sessionOpening';
import {
  formatElapsed,
  questionElapsedMs,
  sessionElapsedMs,
  timerTone,
} from './timers';

const at = (minutes: number) =>
  new Date(Date.UTC(2026, 11, 1, 10, minutes)).toISOString();
const nowAt = (minutes: number) => Date.UTC(2026, 11, 1, 10, minutes);

describe(formatElapsed.name, () => {
  it('should show minutes and seconds when under an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(59 * 60_000 + 59_999)).toBe('59:59');
  });

  it('should show hours when past an hour', () => {
    expect(formatElapsed(3_600_000 + 2 * 60_000 + 3_000)).toBe('1:02:03');
  });

  it('should clamp negative durations (clock skew) to zero', () => {
    expect(formatElapsed(-5_000)).toBe('0:00');
  });
});

describe(sessionElapsedMs.name, () => {
  it('should be null when the session has not started', () => {
    expect(
      sessionElapsedMs({ startedAt: null, completedAt: null }, nowAt(5)),
    ).toBeNull();
  });

  it('should run until now, and stop when the session completed', () => {
    expect(
      sessionElapsedMs({ startedAt: at(0), completedAt: null }, nowAt(7)),
    ).toBe(7 * 60_000);
    expect(
      sessionElapsedMs({ startedAt: at(0), completedAt: at(3) }, nowAt(7)),
    ).toBe(3 * 60_000);
  });
});

describe(questionElapsedMs.name, () => {
  const plan = [
    { id: 'q1', askedAt: at(0) },
    { id: 'q2', askedAt: at(12) },
    { id: 'q3', askedAt: null },
  ];

  it('should be null when the question was not asked', () => {
    expect(questionElapsedMs(plan[2], plan, null, nowAt(20))).toBeNull();
  });

  it('should stop when the next question was asked', () => {
    expect(questionElapsedMs(plan[0], plan, null, nowAt(20))).toBe(12 * 60_000);
  });

  it('should run for the latest asked question, until the session completes', () => {
    expect(questionElapsedMs(plan[1], plan, null, nowAt(20))).toBe(8 * 60_000);
    expect(questionElapsedMs(plan[1], plan, at(15), nowAt(20))).toBe(
      3 * 60_000,
    );
  });
});

describe(timerTone.name, () => {
  it('should stay neutral within the planned minutes', () => {
    expect(timerTone(10 * 60_000, 10)).toBe('ok');
  });

  it('should turn orange past the plan and red at half as much again', () => {
    expect(timerTone(10 * 60_000 + 1, 10)).toBe('over');
    expect(timerTone(15 * 60_000, 10)).toBe('over');
    expect(timerTone(15 * 60_000 + 1, 10)).toBe('far-over');
  });

  it('should never warn when no time was planned', () => {
    expect(timerTone(99 * 60_000, 0)).toBe('ok');
  });
});

describe(opensAt.name, () => {
  it('should open the session 30 minutes before its start', () => {
    expect(opensAt(at(40), nowAt(0))?.toISOString()).toBe(at(10));
    expect(opensAt(at(30), nowAt(0))).toBeNull();
    expect(opensAt(at(0), nowAt(20))).toBeNull();
  });
});
