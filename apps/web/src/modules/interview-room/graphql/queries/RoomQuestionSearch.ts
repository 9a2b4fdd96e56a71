import { graphql } from '@web/generated';

export const RoomQuestionSearchQuery = graphql(`
  query RoomQuestionSearch($search: String, $first: Int!) {
    questions(search: $search, first: $first) {
      totalCount
      isTotalCountCapped
      edges {
        node {
          ...QuestionFields
        }
      }
    }
  }
`);
