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
