import { graphql } from '@web/generated';

/** The caller's stored notes, read afresh to settle a save conflict. */
export const InterviewRoomNotesQuery = graphql(`
  query InterviewRoomNotes($id: ID!) {
    session(id: $id) {
      id
      myNotes {
        ...SessionNoteFields
      }
    }
  }
`);
