import { describe, expect, it } from 'vitest';

import { type ActivityEvent, activityMessage } from './activityMessage';

const event = (overrides: Partial<ActivityEvent>): ActivityEvent => ({
  kind: 'QUESTION_ASKED',
  sessionQuestionId: 'sq-2',
  actorId: 'ben',
  actorName: 'Ben Interviewer',
  at: '2026-12-01T10:00:00.000Z',
  ...overrides,
});
const labels: Record<string, string> = { 'sq-2': 'Q2' };
const label = (id: string) => labels[id] ?? null;

describe(activityMessage.name, () => {
  it('should name the co-panelist and the question they marked', () => {
    expect(activityMessage(event({}), 'ana', label)).toBe(
      'Ben Interviewer marked Q2 asked',
    );
  });

  it('should say "You" for the viewer\'s own actions', () => {
    expect(
      activityMessage(event({ kind: 'QUESTION_SKIPPED' }), 'ben', label),
    ).toBe('You skipped Q2');
  });

  it('should fall back when the question is not in the plan yet', () => {
    expect(
      activityMessage(
        event({ kind: 'QUESTION_ADDED', sessionQuestionId: 'new' }),
        'ana',
        label,
      ),
    ).toBe('Ben Interviewer added a question from the bank');
  });
});
