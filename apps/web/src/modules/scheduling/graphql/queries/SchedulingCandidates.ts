import { graphql } from '@web/generated';

export const SchedulingCandidatesQuery = graphql(`
  query SchedulingCandidates($search: String) {
    candidates(search: $search, first: 20) {
      edges {
        node {
          id
          name
          email
          targetRole
        }
      }
    }
  }
`);
