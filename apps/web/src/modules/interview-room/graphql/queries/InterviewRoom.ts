import { graphql } from '@web/generated';

// Fields are listed here, not in a shared fragment: see SessionQuestionFields.
export const InterviewRoomQuery = graphql(`
  query InterviewRoom($id: ID!) {
    session(id: $id) {
      id
      status
      version
      startsAt
      endsAt
      startedAt
      completedAt
      questions {
        ...SessionQuestionFields
      }
      kitId
      kitName
      kitInstructions
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
        id
        rubricName
        competencies {
          ...ScoringCompetencyFields
        }
        scale {
          level
          label
        }
      }
      candidate {
        id
        name
        targetRole
      }
      panel {
        role
        user {
          id
          name
        }
      }
      myNotes {
        ...SessionNoteFields
      }
    }
  }
`);
