import { graphql } from '@web/generated';

export const QuestionBankSearchQuery = graphql(`
  query QuestionBankSearch(
    $search: String
    $kindKey: String
    $guideId: ID
    $tag: String
    $vertical: String
    $first: Int!
    $after: String
    $includeRetired: Boolean! = false
  ) {
    questions(
      search: $search
      kindKey: $kindKey
      guideId: $guideId
      tag: $tag
      vertical: $vertical
      first: $first
      after: $after
      includeRetired: $includeRetired
    ) {
      totalCount
      isTotalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...QuestionFields
          highlight {
            text
            isMatch
          }
        }
      }
    }
  }
`);
