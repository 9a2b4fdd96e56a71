import { useQuery } from '@apollo/client/react';

import type { RoomPresenceQuery as RoomPresenceResult } from '@web/generated/graphql';
import { RoomPresenceQuery } from '@web/modules/interview-room/graphql/queries/RoomPresence';

export type RoomPresent = RoomPresenceResult['sessionPresence'][number];

// Joining and leaving arrive live; the poll catches a panelist whose connection died.
const POLL_MS = 20_000;

export type UseRoomPresenceResult = {
  present: RoomPresent[];
  refresh: () => void;
};

/** Who has the interview room open now. */
export function useRoomPresence(sessionId: string): UseRoomPresenceResult {
  const { data, refetch } = useQuery(RoomPresenceQuery, {
    variables: { sessionId },
    fetchPolicy: 'network-only',
    pollInterval: POLL_MS,
  });

  return {
    present: data?.sessionPresence ?? [],
    refresh: () => void refetch().catch(() => undefined),
  };
}
