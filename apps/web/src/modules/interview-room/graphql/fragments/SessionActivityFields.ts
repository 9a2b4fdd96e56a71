import { graphql } from '@web/generated';

export const SessionActivityFieldsFragment = graphql(`
  fragment SessionActivityFields on SessionActivity {
    id
    kind
    sessionId
    sessionQuestionId
    actorId
    actorName
    at
  }
`);
