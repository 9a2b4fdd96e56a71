import { graphql } from '@web/generated';

export const ScorecardSessionQuery = graphql(`
  query ScorecardSession($id: ID!) {
    session(id: $id) {
      id
      status
      startsAt
      startedAt
      completedAt
      kitName
      candidate {
        id
        name
      }
      panel {
        role
        user {
          id
          name
        }
      }
      questions {
        id
        position
        askedAt
        skippedAt
        question {
          id
          prompt
          number
          followUps {
            text
          }
        }
      }
      scoringRubric {
        id
        name
        competencies {
          ...ScoringCompetencyFields
        }
        scale {
          level
          label
        }
      }
      myScorecard {
        ...ScorecardFields
      }
      myNotes {
        ...SessionNoteFields
      }
      scorecards {
        ...ScorecardFields
      }
      scorecardsRevealed
      panelSubmissions {
        role
        required
        submittedAt
        user {
          id
          name
        }
      }
    }
  }
`);
