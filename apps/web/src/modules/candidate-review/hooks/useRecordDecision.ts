import { useMutation } from '@apollo/client/react';

import type { DebriefDecisionKind } from '@web/generated/graphql';
import { RecordDecisionMutation } from '@web/modules/candidate-review/graphql/mutations/RecordDecision';
import { CandidateReviewQuery } from '@web/modules/candidate-review/graphql/queries/CandidateReview';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type DecisionInput = {
  decision: DebriefDecisionKind;
  rationale: string;
};

export type UseRecordDecisionResult = {
  /** Rejects with an ApiError (field `rationale` when the API refuses it). */
  recordDecision: (input: DecisionInput) => Promise<void>;
  isRecording: boolean;
};

export function useRecordDecision(
  candidateId: string,
): UseRecordDecisionResult {
  const [mutate, { loading }] = useMutation(RecordDecisionMutation, {
    // The review has no id of its own: put the answer where the query reads it.
    update: (cache, { data }) => {
      if (data) {
        cache.writeQuery({
          query: CandidateReviewQuery,
          variables: { candidateId },
          data: { candidateReview: data.recordDecision },
        });
      }
    },
  });

  const recordDecision = async (input: DecisionInput): Promise<void> => {
    try {
      await mutate({ variables: { input: { candidateId, ...input } } });
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { recordDecision, isRecording: loading };
}
