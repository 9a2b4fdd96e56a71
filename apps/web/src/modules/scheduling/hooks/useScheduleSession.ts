import { useMutation } from '@apollo/client/react';

import type { ScheduleSessionInput } from '@web/generated/graphql';
import { ScheduleSessionMutation } from '@web/modules/scheduling/graphql/mutations/ScheduleSession';
import { WeekSessionsQuery } from '@web/modules/scheduling/graphql/queries/WeekSessions';
import { toDetailedApiError } from '@web/modules/scheduling/utils/detailedApiError';

import type { SessionDetail } from './useSession';

export type UseScheduleSessionResult = {
  /** Rejects with a DetailedApiError; a CONFLICT names the clashing session. */
  scheduleSession: (input: ScheduleSessionInput) => Promise<SessionDetail>;
  isScheduling: boolean;
};

export function useScheduleSession(): UseScheduleSessionResult {
  const [mutate, { loading }] = useMutation(ScheduleSessionMutation, {
    refetchQueries: [WeekSessionsQuery],
  });

  return {
    scheduleSession: async (input) => {
      try {
        const { data } = await mutate({ variables: { input } });
        if (!data) {
          throw new Error('scheduleSession returned no data');
        }

        return data.scheduleSession;
      } catch (error) {
        throw toDetailedApiError(error);
      }
    },
    isScheduling: loading,
  };
}
