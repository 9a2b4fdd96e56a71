import { graphql } from '@web/generated';

export const OutgoingMessagesQuery = graphql(`
  query OutgoingMessages(
    $first: Int!
    $after: String
    $status: OutgoingMessageStatus
  ) {
    outgoingMessages(first: $first, after: $after, status: $status) {
      totalCount
      isTotalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OutgoingMessageFields
        }
      }
    }
  }
`);
