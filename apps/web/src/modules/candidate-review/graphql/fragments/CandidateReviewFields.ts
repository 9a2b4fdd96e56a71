import { graphql } from '@web/generated';

export const CandidateReviewFieldsFragment = graphql(`
  fragment CandidateReviewFields on CandidateReview {
    candidate {
      id
      name
      email
      targetRole
    }
    sessions {
      id
      startsAt
      endsAt
      status
      kitName
      panelSubmissions {
        user {
          id
          name
        }
        role
        required
        submittedAt
      }
      scoringRubric {
        id
        scale {
          level
          label
        }
      }
    }
    competencies {
      id
      name
    }
    ratings {
      scorecardId
      sessionId
      interviewer {
        id
        name
      }
      competencyId
      level
      notAssessed
      evidence
    }
    recommendations {
      scorecardId
      sessionId
      interviewer {
        id
        name
      }
      recommendation
      summary
      submittedAt
    }
    recommendationTally {
      recommendation
      count
    }
    disagreements {
      competencyId
      competencyName
      lowest
      highest
      spread
    }
    opposingRecommendations
    pending {
      sessionId
      interviewer {
        id
        name
      }
      endedAt
      hasDraft
    }
    decisions {
      id
      decision
      rationale
      decidedBy {
        id
        name
      }
      decidedAt
    }
  }
`);
