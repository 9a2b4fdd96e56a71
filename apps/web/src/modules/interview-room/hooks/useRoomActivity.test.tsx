import type { ReactNode } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { SessionActivityHistoryQuery } from '@web/modules/interview-room/graphql/queries/SessionActivityHistory';
import { SessionActivitySubscription } from '@web/modules/interview-room/graphql/subscriptions/SessionActivity';

import { useRoomActivity } from './useRoomActivity';

const activity = (
  id: string,
  kind: 'SESSION_STARTED' | 'QUESTION_ASKED',
  at: string,
) => ({
  __typename: 'SessionActivity' as const,
  id,
  kind,
  sessionId: 's-1',
  sessionQuestionId: kind === 'QUESTION_ASKED' ? 'sq-1' : null,
  actorId: 'ben',
  actorName: 'Ben',
  at,
});

function wrapper({ children }: { children: ReactNode }) {
  return (
    <MockedProvider
      mocks={[
        {
          request: {
            query: SessionActivityHistoryQuery,
            variables: { sessionId: 's-1', last: 5 },
          },
          result: {
            data: {
              sessionActivityHistory: [
                activity('started', 'SESSION_STARTED', '2026-12-01T10:00:00Z'),
              ],
            },
          },
        },
        {
          // Only a subscription sent as the room's (inRoom) is answered.
          request: {
            query: SessionActivitySubscription,
            variables: { sessionId: 's-1', inRoom: true },
          },
          delay: 50,
          result: {
            data: {
              sessionActivity: activity(
                'asked',
                'QUESTION_ASKED',
                '2026-12-01T10:05:00Z',
              ),
            },
          },
        },
      ]}
    >
      {children}
    </MockedProvider>
  );
}

describe(useRoomActivity.name, () => {
  it('should start from the stored history and add what arrives live, newest first', async () => {
    const onActivity = vi.fn();
    const { result } = renderHook(
      () => useRoomActivity('s-1', { limit: 5, onActivity, onResync: vi.fn() }),
      { wrapper },
    );

    await waitFor(() =>
      expect(result.current.activities.map((item) => item.id)).toEqual([
        'asked',
        'started',
      ]),
    );
    expect(onActivity).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'asked', kind: 'QUESTION_ASKED' }),
    );
  });
});
