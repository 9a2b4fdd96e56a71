import { useMutation } from '@apollo/client/react';

import type {
  CancelSessionInput,
  MarkNoShowInput,
  RescheduleSessionInput,
} from '@web/generated/graphql';
import { CancelSessionMutation } from '@web/modules/scheduling/graphql/mutations/CancelSession';
import { MarkNoShowMutation } from '@web/modules/scheduling/graphql/mutations/MarkNoShow';
import { RescheduleSessionMutation } from '@web/modules/scheduling/graphql/mutations/RescheduleSession';
import { WeekSessionsQuery } from '@web/modules/scheduling/graphql/queries/WeekSessions';
import { toDetailedApiError } from '@web/modules/scheduling/utils/detailedApiError';

export type UseSessionActionsResult = {
  /** Rejects with a DetailedApiError; `isReschedulePolicy` when the team policy blocks it. */
  reschedule: (input: RescheduleSessionInput) => Promise<void>;
  cancel: (input: CancelSessionInput) => Promise<void>;
  markNoShow: (input: MarkNoShowInput) => Promise<void>;
  isRescheduling: boolean;
  isCancelling: boolean;
  isMarkingNoShow: boolean;
};

/** The coordinator's actions on one session; the session updates in the cache. */
export function useSessionActions(): UseSessionActionsResult {
  // A moved session may leave the week that lists it.
  const [rescheduleMutation, rescheduleState] = useMutation(
    RescheduleSessionMutation,
    { refetchQueries: [WeekSessionsQuery] },
  );
  const [cancelMutation, cancelState] = useMutation(CancelSessionMutation);
  const [noShowMutation, noShowState] = useMutation(MarkNoShowMutation);

  const run = async (action: () => Promise<unknown>): Promise<void> => {
    try {
      await action();
    } catch (error) {
      throw toDetailedApiError(error);
    }
  };

  return {
    reschedule: (input) =>
      run(() => rescheduleMutation({ variables: { input } })),
    cancel: (input) => run(() => cancelMutation({ variables: { input } })),
    markNoShow: (input) => run(() => noShowMutation({ variables: { input } })),
    isRescheduling: rescheduleState.loading,
    isCancelling: cancelState.loading,
    isMarkingNoShow: noShowState.loading,
  };
}
