import { useQuery } from '@apollo/client/react';

import type { CandidateReviewFieldsFragment } from '@web/generated/graphql';
import { CandidateReviewQuery } from '@web/modules/candidate-review/graphql/queries/CandidateReview';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type CandidateReview = CandidateReviewFieldsFragment;
export type ReviewSession = CandidateReview['sessions'][number];
export type ReviewRating = CandidateReview['ratings'][number];
export type ReviewRecommendation = CandidateReview['recommendations'][number];
export type ReviewDisagreement = CandidateReview['disagreements'][number];
export type PendingScorecard = CandidateReview['pending'][number];
export type DebriefDecision = CandidateReview['decisions'][number];

export type UseCandidateReviewResult = {
  review: CandidateReview | null;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** The coordinator's review of a candidate: submitted scorecards side by side. */
export function useCandidateReview(
  candidateId: string,
): UseCandidateReviewResult {
  const { data, loading, error, refetch } = useQuery(CandidateReviewQuery, {
    variables: { candidateId },
    // Scorecards arrive while the page is closed: always ask the server too.
    fetchPolicy: 'cache-and-network',
  });

  return {
    review: data?.candidateReview ?? null,
    isLoading: loading && !data,
    error: error && !data ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
