import { graphql } from '@web/generated';

export const CandidateRecordQuery = graphql(`
  query CandidateRecord($id: ID!) {
    candidate(id: $id) {
      id
      sessions {
        id
        startsAt
        endsAt
        status
        kitName
        panelSubmissions {
          required
          submittedAt
        }
      }
      decisions {
        id
        decision
        rationale
        decidedAt
        decidedBy {
          id
          name
        }
      }
    }
  }
`);
