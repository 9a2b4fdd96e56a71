import { describe, expect, it } from 'vitest';

import {
  describeReminderSettings,
  formatAge,
  type InterviewerTimeliness,
  type OutstandingScorecard,
  sortOutstanding,
  timelinessChartData,
} from './timeliness';

function interviewer(
  name: string,
  due: number,
  overdue: number,
): InterviewerTimeliness {
  return {
    interviewer: { id: `user-${name}`, name },
    due,
    overdue,
    oldestOutstandingHours: due + overdue > 0 ? 30 : null,
    submitted: 3,
    medianHours: 12,
  };
}

function outstanding(name: string, ageHours: number): OutstandingScorecard {
  return {
    sessionId: `session-${name}`,
    candidateName: 'Casey Candidate',
    interviewer: { id: `user-${name}`, name },
    endedAt: '2026-03-08T10:00:00.000Z',
    ageHours,
    overdue: ageHours > 48,
    reminded: ageHours > 24,
    escalated: ageHours > 72,
  };
}

describe(formatAge.name, () => {
  it('should word the age in its largest whole unit', () => {
    expect(formatAge(0.5)).toBe('30 minutes');
    expect(formatAge(1)).toBe('1 hour');
    expect(formatAge(5.9)).toBe('5 hours');
    expect(formatAge(49)).toBe('2 days');
    expect(formatAge(24)).toBe('1 day');
  });

  it('should not show a negative age when clocks disagree', () => {
    expect(formatAge(-0.1)).toBe('less than a minute');
  });
});

describe(timelinessChartData.name, () => {
  it('should keep only interviewers who owe scorecards, most overdue first', () => {
    expect(
      timelinessChartData([
        interviewer('Ana', 2, 0),
        interviewer('Ben', 0, 0),
        interviewer('Cy', 1, 3),
        interviewer('Di', 3, 0),
      ]),
    ).toEqual([
      { interviewerId: 'user-Cy', interviewer: 'Cy', due: 1, overdue: 3 },
      { interviewerId: 'user-Di', interviewer: 'Di', due: 3, overdue: 0 },
      { interviewerId: 'user-Ana', interviewer: 'Ana', due: 2, overdue: 0 },
    ]);
  });
});

describe(sortOutstanding.name, () => {
  it('should put the oldest first', () => {
    expect(
      sortOutstanding([
        outstanding('Ana', 5),
        outstanding('Ben', 80),
        outstanding('Cy', 30),
      ]).map((row) => row.interviewer.name),
    ).toEqual(['Ben', 'Cy', 'Ana']);
  });
});

describe(describeReminderSettings.name, () => {
  it('should state each step in hours', () => {
    expect(
      describeReminderSettings({
        reminderAfterHours: 24,
        scorecardDueHours: 48,
        escalateAfterHours: 1,
      }),
    ).toEqual([
      'Interviewers get a reminder 24 hours after a session ends.',
      'A scorecard is overdue 48 hours after the session ends.',
      'Coordinators are alerted 1 hour after the session ends.',
    ]);
  });
});
