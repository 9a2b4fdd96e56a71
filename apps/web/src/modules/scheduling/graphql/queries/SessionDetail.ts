import { graphql } from '@web/generated';

export const SessionDetailQuery = graphql(`
  query SessionDetail($id: ID!) {
    session(id: $id) {
      ...InterviewSessionFields
      history {
        ...SessionEventFields
      }
    }
  }
`);
