import { graphql } from '@web/generated';

/** A scorecard with the rubric version it was started on. */
export const ScorecardFieldsFragment = graphql(`
  fragment ScorecardFields on Scorecard {
    id
    sessionId
    status
    version
    submittedAt
    updatedAt
    rubricName
    rubricVersionId
    interviewer {
      id
      name
    }
    competencies {
      ...ScoringCompetencyFields
    }
    scale {
      level
      label
    }
    ratings {
      competencyId
      level
      notAssessed
      evidence
    }
    questionRatings {
      sessionQuestionId
      level
    }
    recommendation
    summary
    amendments {
      at
      actorName
      reason
      previousRecommendation
    }
  }
`);
