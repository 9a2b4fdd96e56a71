import { describe, expect, it } from 'vitest';

import {
  type ScorecardDue,
  scorecardDueLabel,
  sortScorecardsDue,
} from './scorecardDue';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const HOUR = 3_600_000;

function due(sessionId: string, hoursFromNow: number): ScorecardDue {
  const dueAt = new Date(NOW.getTime() + hoursFromNow * HOUR);

  return {
    sessionId,
    candidateName: `Candidate ${sessionId}`,
    kitName: 'Backend loop',
    endedAt: new Date(dueAt.getTime() - 48 * HOUR).toISOString(),
    dueAt: dueAt.toISOString(),
    overdue: hoursFromNow < 0,
    status: null,
  };
}

describe(scorecardDueLabel.name, () => {
  it('should give the age in whole days when it is overdue by more than a day', () => {
    expect(scorecardDueLabel(due('a', -51), NOW)).toBe('overdue by 2 days');
    expect(scorecardDueLabel(due('b', -24), NOW)).toBe('overdue by 1 day');
  });

  it('should give hours or minutes when it is overdue by less than a day', () => {
    expect(scorecardDueLabel(due('a', -1), NOW)).toBe('overdue by 1 hour');
    expect(scorecardDueLabel(due('b', -0.5), NOW)).toBe(
      'overdue by 30 minutes',
    );
  });

  it('should give the time left when it is not due yet', () => {
    expect(scorecardDueLabel(due('a', 5.9), NOW)).toBe('due in 5 hours');
    expect(scorecardDueLabel(due('b', 0.75), NOW)).toBe('due in 45 minutes');
    expect(scorecardDueLabel(due('c', 1 / 120), NOW)).toBe(
      'due in less than a minute',
    );
    expect(scorecardDueLabel(due('d', 72), NOW)).toBe('due in 3 days');
  });

  it('should trust the server when it says overdue although the local clock is behind', () => {
    expect(scorecardDueLabel({ ...due('a', 0.001), overdue: true }, NOW)).toBe(
      'overdue by less than a minute',
    );
  });
});

describe(sortScorecardsDue.name, () => {
  it('should list overdue ones first, longest overdue on top, then the soonest due', () => {
    const sut = sortScorecardsDue(
      [due('later', 30), due('old', -50), due('soon', 2), due('recent', -3)],
      NOW,
    );

    expect(sut.map((item) => item.sessionId)).toEqual([
      'old',
      'recent',
      'soon',
      'later',
    ]);
    expect(sut.map((item) => item.isOverdue)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(sut[0]?.dueLabel).toBe('overdue by 2 days');
  });

  it('should count one as overdue once its due time has passed since loading', () => {
    const [item] = sortScorecardsDue(
      [{ ...due('a', -1), overdue: false }],
      NOW,
    );

    expect(item?.isOverdue).toBe(true);
  });
});
