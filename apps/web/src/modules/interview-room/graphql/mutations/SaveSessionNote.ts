import { graphql } from '@web/generated';

export const SaveSessionNoteMutation = graphql(`
  mutation SaveSessionNote($input: SaveSessionNoteInput!) {
    saveSessionNote(input: $input) {
      ...SessionNoteFields
    }
  }
`);
