import { graphql } from '@web/generated';

export const CandidatesQuery = graphql(`
  query Candidates($search: String, $first: Int!, $after: String) {
    candidates(search: $search, first: $first, after: $after) {
      totalCount
      isTotalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CandidateFields
        }
      }
    }
  }
`);
