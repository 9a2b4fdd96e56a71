import { useState } from 'react';
import { useQuery } from '@apollo/client/react';

import { SessionActivityHistoryQuery } from '@web/modules/interview-room/graphql/queries/SessionActivityHistory';
import {
  type SessionActivity,
  useSessionActivity,
} from '@web/modules/interview-room/hooks/useSessionActivity';
import { mergeActivity } from '@web/modules/interview-room/utils/mergeActivity';

export type UseRoomActivityResult = {
  /** Newest first: the stored history, then what arrived live. */
  activities: SessionActivity[];
};

/**
 * The room's feed: what happened before the room was opened (a reload, a late
 * joiner) from the stored history, then each event as it arrives. Opening it
 * counts the viewer as in the room.
 */
export function useRoomActivity(
  sessionId: string,
  {
    limit,
    onActivity,
    onResync,
  }: {
    limit: number;
    onActivity: (activity: SessionActivity) => void;
    onResync: () => void;
  },
): UseRoomActivityResult {
  const [live, setLive] = useState<SessionActivity[]>([]);
  const { data, refetch } = useQuery(SessionActivityHistoryQuery, {
    variables: { sessionId, last: limit },
    fetchPolicy: 'network-only',
  });

  useSessionActivity(sessionId, {
    isInRoom: true,
    onActivity: (activity) => {
      setLive((previous) => [activity, ...previous].slice(0, limit));
      onActivity(activity);
    },
    onResync: () => {
      // Events missed while away are in the history.
      refetch().catch(() => undefined);
      onResync();
    },
  });

  return {
    activities: mergeActivity(data?.sessionActivityHistory ?? [], live, limit),
  };
}
