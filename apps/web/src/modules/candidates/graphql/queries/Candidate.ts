import { graphql } from '@web/generated';

export const CandidateQuery = graphql(`
  query Candidate($id: ID!) {
    candidate(id: $id) {
      ...CandidateFields
    }
  }
`);
