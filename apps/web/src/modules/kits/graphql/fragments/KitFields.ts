import { graphql } from '@web/generated';

export const KitFieldsFragment = graphql(`
  fragment KitFields on InterviewKit {
    id
    name
    targetRole
    rubricId
    instructions
    totalMinutes
    version
    updatedAt
    rubric {
      id
      name
    }
    items {
      id
      position
      plannedMinutes
      question {
        ...KitQuestionFields
      }
    }
  }
`);
