import { describe, expect, it } from 'vitest';

import type { SessionActivityFieldsFragment } from '@web/generated/graphql';

import { mergeActivity } from './mergeActivity';

const event = (id: string, at: string): SessionActivityFieldsFragment => ({
  id,
  kind: 'QUESTION_ASKED',
  sessionId: 's-1',
  sessionQuestionId: 'sq-1',
  actorId: 'ben',
  actorName: 'Ben',
  at,
});

describe(mergeActivity.name, () => {
  it('should list the history and live events newest first, each once', () => {
    const stored = [
      event('b', '2026-12-01T10:02:00Z'),
      event('a', '2026-12-01T10:01:00Z'),
    ];
    const live = [
      event('c', '2026-12-01T10:03:00Z'),
      event('b', '2026-12-01T10:02:00Z'),
    ];

    expect(mergeActivity(stored, live, 10).map((item) => item.id)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });

  it('should keep only the latest events when there are more than the limit', () => {
    const stored = [
      event('b', '2026-12-01T10:02:00Z'),
      event('a', '2026-12-01T10:01:00Z'),
    ];

    expect(
      mergeActivity(stored, [event('c', '2026-12-01T10:03:00Z')], 2).map(
        (item) => item.id,
      ),
    ).toEqual(['c', 'b']);
  });
});
