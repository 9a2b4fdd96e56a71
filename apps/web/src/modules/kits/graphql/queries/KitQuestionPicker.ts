import { graphql } from '@web/generated';

export const KitQuestionPickerQuery = graphql(`
  query KitQuestionPicker($search: String, $first: Int!) {
    questions(search: $search, first: $first) {
      totalCount
      isTotalCountCapped
      edges {
        node {
          ...KitQuestionFields
        }
      }
    }
  }
`);
