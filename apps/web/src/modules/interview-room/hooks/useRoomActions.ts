import { useMutation } from '@apollo/client/react';

import type { SessionStatus } from '@web/generated/graphql';
import { conflictReason } from '@web/modules/autosave/utils/saveError';
import { AddQuestionToSessionMutation } from '@web/modules/interview-room/graphql/mutations/AddQuestionToSession';
import { CompleteSessionMutation } from '@web/modules/interview-room/graphql/mutations/CompleteSession';
import { MarkQuestionAskedMutation } from '@web/modules/interview-room/graphql/mutations/MarkQuestionAsked';
import { SkipQuestionMutation } from '@web/modules/interview-room/graphql/mutations/SkipQuestion';
import { StartSessionMutation } from '@web/modules/interview-room/graphql/mutations/StartSession';
import { InterviewRoomPlanQuery } from '@web/modules/interview-room/graphql/queries/InterviewRoomPlan';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseRoomActionsResult = {
  start: () => Promise<void>;
  complete: () => Promise<void>;
  /** Starts a scheduled session first: asking a question means it is running. */
  markAsked: (sessionQuestionId: string, isAsked: boolean) => Promise<void>;
  skip: (sessionQuestionId: string, isSkipped: boolean) => Promise<void>;
  /** Resolves with the id of the new plan question. */
  addQuestion: (questionId: string, plannedMinutes: number) => Promise<string>;
  isStarting: boolean;
  isCompleting: boolean;
  isAdding: boolean;
};

/** The panel's actions in the room; each rejects with an ApiError. */
export function useRoomActions(session: {
  id: string;
  status: SessionStatus;
}): UseRoomActionsResult {
  const [startMutation, startState] = useMutation(StartSessionMutation);
  const [completeMutation, completeState] = useMutation(
    CompleteSessionMutation,
  );
  const [markMutation] = useMutation(MarkQuestionAskedMutation);
  const [skipMutation] = useMutation(SkipQuestionMutation);
  // The new question joins the plan list: read the plan again.
  const [addMutation, addState] = useMutation(AddQuestionToSessionMutation, {
    refetchQueries: [
      { query: InterviewRoomPlanQuery, variables: { id: session.id } },
    ],
    awaitRefetchQueries: true,
  });
  const input = { sessionId: session.id };

  const start = async () => {
    try {
      await startMutation({ variables: { input } });
    } catch (error) {
      throw toApiError(error);
    }
  };

  /** Runs a plan action; a session not started yet is started, then it runs again. */
  const onRunningSession = async (action: () => Promise<unknown>) => {
    try {
      if (session.status === 'SCHEDULED') {
        await startMutation({ variables: { input } });
      }
      await action();
    } catch (error) {
      if (conflictReason(error) !== 'SESSION_NOT_STARTED') {
        throw toApiError(error);
      }
      try {
        await startMutation({ variables: { input } });
        await action();
      } catch (retryError) {
        throw toApiError(retryError);
      }
    }
  };

  return {
    start,
    complete: async () => {
      try {
        await completeMutation({ variables: { input } });
      } catch (error) {
        throw toApiError(error);
      }
    },
    markAsked: (sessionQuestionId, isAsked) =>
      onRunningSession(() =>
        markMutation({
          variables: { input: { sessionQuestionId, asked: isAsked } },
        }),
      ),
    skip: (sessionQuestionId, isSkipped) =>
      onRunningSession(() =>
        skipMutation({
          variables: { input: { sessionQuestionId, skipped: isSkipped } },
        }),
      ),
    addQuestion: async (questionId, plannedMinutes) => {
      try {
        const { data } = await addMutation({
          variables: {
            input: { sessionId: session.id, questionId, plannedMinutes },
          },
        });

        return data?.addQuestionToSession.id ?? '';
      } catch (error) {
        throw toApiError(error);
      }
    },
    isStarting: startState.loading,
    isCompleting: completeState.loading,
    isAdding: addState.loading,
  };
}
