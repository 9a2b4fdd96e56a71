import { graphql } from '@web/generated';

export const KitQuestionPickerQuery = graphql(`
  query KitQuestionPicker($search: String, $guideId: ID, $first: Int!) {
    questions(search: $search, guideId: $guideId, first: $first) {
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
