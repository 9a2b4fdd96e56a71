import { graphql } from '@web/generated';

export const SessionNoteFieldsFragment = graphql(`
  fragment SessionNoteFields on SessionNote {
    id
    sessionId
    sessionQuestionId
    text
    followUpsAsked
    customFollowUps
    version
    lastEditId
    updatedAt
  }
`);
