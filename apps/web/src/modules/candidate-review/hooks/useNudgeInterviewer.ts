import { useMutation } from '@apollo/client/react';

import type { NudgeInterviewerInput } from '@web/generated/graphql';
import { NudgeInterviewerMutation } from '@web/modules/candidate-review/graphql/mutations/NudgeInterviewer';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseNudgeInterviewerResult = {
  /** Sends the in-app reminder; rejects with an ApiError. */
  nudgeInterviewer: (input: NudgeInterviewerInput) => Promise<void>;
  isNudging: boolean;
};

export function useNudgeInterviewer(): UseNudgeInterviewerResult {
  const [mutate, { loading }] = useMutation(NudgeInterviewerMutation);

  const nudgeInterviewer = async (
    input: NudgeInterviewerInput,
  ): Promise<void> => {
    try {
      await mutate({ variables: { input } });
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { nudgeInterviewer, isNudging: loading };
}
