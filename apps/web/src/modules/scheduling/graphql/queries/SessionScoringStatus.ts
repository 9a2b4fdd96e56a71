import { graphql } from '@web/generated';

export const SessionScoringStatusQuery = graphql(`
  query SessionScoringStatus($id: ID!) {
    session(id: $id) {
      id
      revealAt
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
    team {
      id
      scorecardReveal
    }
  }
`);
