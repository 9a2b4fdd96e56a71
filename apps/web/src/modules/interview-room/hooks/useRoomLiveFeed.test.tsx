import { renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useRoomActivity } from '@web/modules/interview-room/hooks/useRoomActivity';
import { useRoomPresence } from '@web/modules/interview-room/hooks/useRoomPresence';
import type { SessionActivity } from '@web/modules/interview-room/hooks/useSessionActivity';

import { useRoomLiveFeed } from './useRoomLiveFeed';

vi.mock('@web/modules/interview-room/hooks/useRoomActivity', () => ({
  useRoomActivity: vi.fn(),
}));
vi.mock('@web/modules/interview-room/hooks/useRoomPresence', () => ({
  useRoomPresence: vi.fn(),
}));

const activity = (
  id: string,
  kind: SessionActivity['kind'],
  actorId: string,
): SessionActivity =>
  ({
    __typename: 'SessionActivity',
    id,
    kind,
    sessionId: 's-1',
    sessionQuestionId: kind === 'QUESTION_ASKED' ? 'sq-2' : null,
    actorId,
    actorName: actorId === 'ben' ? 'Ben' : 'Ana',
    at: '2026-12-01T10:00:00Z',
  }) as SessionActivity;

describe(useRoomLiveFeed.name, () => {
  const refresh = vi.fn();

  beforeEach(() => {
    vi.mocked(useRoomPresence).mockReturnValue({ present: [], refresh });
  });

  it('should word the feed and leave out my own comings and goings', () => {
    vi.mocked(useRoomActivity).mockReturnValue({
      activities: [
        activity('a3', 'QUESTION_ASKED', 'ben'),
        activity('a2', 'PANELIST_JOINED', 'ana'),
        activity('a1', 'PANELIST_JOINED', 'ben'),
      ],
    });

    const { result } = renderHook(() =>
      useRoomLiveFeed('s-1', 'ana', (id) => (id === 'sq-2' ? 'Q2' : null), vi.fn()),
    );

    expect(result.current.feed.map((entry) => entry.message)).toEqual([
      'Ben marked Q2 asked',
      'Ben joined the room',
    ]);
  });

  it('should keep the feed to eight entries when more arrive', () => {
    vi.mocked(useRoomActivity).mockReturnValue({
      activities: Array.from({ length: 12 }, (_, index) =>
        activity(`a${index}`, 'SESSION_STARTED', 'ben'),
      ),
    });

    const { result } = renderHook(() =>
      useRoomLiveFeed('s-1', 'ana', () => null, vi.fn()),
    );

    expect(result.current.feed).toHaveLength(8);
    expect(vi.mocked(useRoomActivity).mock.lastCall?.[1].limit).toBe(16);
  });

  it('should refresh the plan or the presence when activity changes them', () => {
    vi.mocked(useRoomActivity).mockReturnValue({ activities: [] });
    const onRefreshPlan = vi.fn();
    renderHook(() => useRoomLiveFeed('s-1', 'ana', () => null, onRefreshPlan));
    const options = vi.mocked(useRoomActivity).mock.lastCall?.[1];

    options?.onActivity(activity('a1', 'QUESTION_ASKED', 'ben'));
    expect(onRefreshPlan).toHaveBeenCalledTimes(1);
    expect(refresh).not.toHaveBeenCalled();
    options?.onActivity(activity('a2', 'PANELIST_LEFT', 'ben'));
    expect(onRefreshPlan).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledTimes(1);
    options?.onResync();

    expect(onRefreshPlan).toHaveBeenCalledTimes(2);
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});
