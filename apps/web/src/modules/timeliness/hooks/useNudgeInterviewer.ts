import { useMutation } from '@apollo/client/react';

import { NudgeOutstandingScorecardMutation } from '@web/modules/timeliness/graphql/mutations/NudgeOutstandingScorecard';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseNudgeInterviewerResult = {
  /** Sends the interviewer an in-app reminder; rejects with an ApiError. */
  nudge: (sessionId: string, interviewerId: string) => Promise<void>;
};

export function useNudgeInterviewer(): UseNudgeInterviewerResult {
  const [mutate] = useMutation(NudgeOutstandingScorecardMutation);

  const nudge = async (
    sessionId: string,
    interviewerId: string,
  ): Promise<void> => {
    try {
      await mutate({ variables: { input: { sessionId, interviewerId } } });
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { nudge };
}
