import { graphql } from '@web/generated';

export const GuideListQuery = graphql(`
  query GuideList(
    $search: String
    $status: GuideStatusFilter
    $first: Int!
    $after: String
  ) {
    guides(search: $search, status: $status, first: $first, after: $after) {
      totalCount
      isTotalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...GuideFields
        }
      }
    }
  }
`);
