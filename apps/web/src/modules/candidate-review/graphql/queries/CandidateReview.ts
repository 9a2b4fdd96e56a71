import { graphql } from '@web/generated';

export const CandidateReviewQuery = graphql(`
  query CandidateReview($candidateId: ID!) {
    candidateReview(candidateId: $candidateId) {
      ...CandidateReviewFields
    }
  }
`);
