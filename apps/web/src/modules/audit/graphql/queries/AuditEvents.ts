import { graphql } from '@web/generated';

export const AuditEventsQuery = graphql(`
  query AuditEvents(
    $filter: AuditEventFilterInput
    $first: Int!
    $after: String
  ) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      isTotalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AuditEventFields
        }
      }
    }
  }
`);
