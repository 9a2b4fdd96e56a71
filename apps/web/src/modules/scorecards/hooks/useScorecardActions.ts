import { useMutation } from '@apollo/client/react';

import type { ScorecardContent } from '@panelwise/domain-scorecard';

import { AmendScorecardMutation } from '@web/modules/scorecards/graphql/mutations/AmendScorecard';
import { SubmitScorecardMutation } from '@web/modules/scorecards/graphql/mutations/SubmitScorecard';
import { ScorecardSessionQuery } from '@web/modules/scorecards/graphql/queries/ScorecardSession';
import { toScorecardInput } from '@web/modules/scorecards/utils/scorecardContent';
import { toDetailedApiError } from '@web/modules/scheduling/utils/detailedApiError';

export type UseScorecardActionsResult = {
  /** Rejects with a DetailedApiError whose details list the problems. */
  submit: (scorecardId: string, expectedVersion: number) => Promise<void>;
  amend: (input: {
    scorecardId: string;
    expectedVersion: number;
    reason: string;
    content: ScorecardContent;
  }) => Promise<void>;
  isSubmitting: boolean;
  isAmending: boolean;
};

export function useScorecardActions(
  sessionId: string,
): UseScorecardActionsResult {
  // Submitting may reveal the panel's scorecards: read the session again.
  const refetch = {
    refetchQueries: [
      { query: ScorecardSessionQuery, variables: { id: sessionId } },
    ],
    awaitRefetchQueries: true,
  };
  const [submitMutation, submitState] = useMutation(
    SubmitScorecardMutation,
    refetch,
  );
  const [amendMutation, amendState] = useMutation(AmendScorecardMutation);

  return {
    submit: async (scorecardId, expectedVersion) => {
      try {
        await submitMutation({
          variables: { input: { scorecardId, expectedVersion } },
        });
      } catch (error) {
        throw toDetailedApiError(error);
      }
    },
    amend: async ({ scorecardId, expectedVersion, reason, content }) => {
      try {
        await amendMutation({
          variables: {
            input: {
              scorecardId,
              expectedVersion,
              reason,
              ...toScorecardInput(content),
            },
          },
        });
      } catch (error) {
        throw toDetailedApiError(error);
      }
    },
    isSubmitting: submitState.loading,
    isAmending: amendState.loading,
  };
}
