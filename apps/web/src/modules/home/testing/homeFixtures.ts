import type { MyInterview } from '@web/modules/home/utils/interviewDays';
import type { ScorecardDue } from '@web/modules/home/utils/scorecardDue';

/** A session of `myInterviews` with the viewer (user-1) as lead. */
export function interviewFixture(
  overrides: Partial<MyInterview> = {},
): MyInterview {
  return {
    id: 'session-1',
    startsAt: '2026-03-02T09:00:00.000Z',
    endsAt: '2026-03-02T10:00:00.000Z',
    timeZone: 'UTC',
    status: 'SCHEDULED',
    location: 'https://meet.example.com/abc-defg-hij',
    kitName: 'Backend system design',
    candidate: {
      id: 'candidate-1',
      name: 'Jane Candidate',
      targetRole: 'Senior backend engineer',
    },
    panel: [
      {
        role: 'LEAD',
        user: { id: 'user-1', name: 'Ana Interviewer' },
      },
      {
        role: 'SHADOW',
        user: { id: 'user-2', name: 'Ben Shadow' },
      },
    ],
    ...overrides,
  };
}

export function scorecardDueFixture(
  overrides: Partial<ScorecardDue> = {},
): ScorecardDue {
  return {
    sessionId: 'session-9',
    candidateName: 'Omar Overdue',
    kitName: 'Frontend pairing',
    endedAt: '2026-03-06T10:00:00.000Z',
    dueAt: '2026-03-08T10:00:00.000Z',
    overdue: true,
    status: null,
    ...overrides,
  };
}
