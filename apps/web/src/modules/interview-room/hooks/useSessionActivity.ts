import { useEffect, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';

import type { SessionActivityFieldsFragment } from '@web/generated/graphql';
import { SessionActivitySubscription } from '@web/modules/interview-room/graphql/subscriptions/SessionActivity';

export type SessionActivity = SessionActivityFieldsFragment;

/**
 * Live activity of a session (graphql-ws). `onActivity` runs for each event;
 * `onResync` runs when events may have been missed (back online, tab shown
 * again), so the caller reads the state afresh. `isInRoom` only from the
 * interview room: that connection shows the viewer as in the room.
 */
export function useSessionActivity(
  sessionId: string,
  {
    onActivity,
    onResync,
    isInRoom = false,
  }: {
    onActivity: (activity: SessionActivity) => void;
    onResync: () => void;
    isInRoom?: boolean;
  },
): void {
  const handlers = useRef({ onActivity, onResync });
  useEffect(() => {
    handlers.current = { onActivity, onResync };
  });

  useSubscription(SessionActivitySubscription, {
    variables: { sessionId, inRoom: isInRoom },
    ignoreResults: true,
    onData: ({ data }) => {
      const activity = data.data?.sessionActivity;
      if (activity) {
        handlers.current.onActivity(activity);
      }
    },
  });

  useEffect(() => {
    const resync = () => handlers.current.onResync();
    const onVisible = () => {
      if (document.visibilityState === 'visible') {
        resync();
      }
    };
    window.addEventListener('online', resync);
    document.addEventListener('visibilitychange', onVisible);

    return () => {
      window.removeEventListener('online', resync);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
}
