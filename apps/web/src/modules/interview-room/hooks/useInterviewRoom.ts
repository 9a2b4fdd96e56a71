import { useCallback } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';

import type { InterviewRoomQuery as InterviewRoomResult } from '@web/generated/graphql';
import { InterviewRoomQuery } from '@web/modules/interview-room/graphql/queries/InterviewRoom';
import { InterviewRoomPlanQuery } from '@web/modules/interview-room/graphql/queries/InterviewRoomPlan';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type RoomSession = InterviewRoomResult['session'];
export type RoomQuestion = RoomSession['questions'][number];
export type RoomNote = RoomSession['myNotes'][number];

export type UseInterviewRoomResult = {
  session: RoomSession | null;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
  /** Reads the plan and status afresh (after the panel acted elsewhere). */
  refreshPlan: () => void;
};

export function useInterviewRoom(
  sessionId: string | null,
): UseInterviewRoomResult {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(InterviewRoomQuery, {
    variables: { id: sessionId ?? '' },
    skip: !sessionId,
    // The plan moves while the panel works: never trust an old copy alone.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const refreshPlan = useCallback(() => {
    if (!sessionId) {
      return;
    }
    client
      .query({
        query: InterviewRoomPlanQuery,
        variables: { id: sessionId },
        fetchPolicy: 'network-only',
      })
      .catch(() => undefined);
  }, [client, sessionId]);

  return {
    session: data?.session ?? null,
    isLoading: loading && !data,
    error: error && !data ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
    refreshPlan,
  };
}
