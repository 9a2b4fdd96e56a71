import { graphql } from '@web/generated';

export const KitSummaryFieldsFragment = graphql(`
  fragment KitSummaryFields on InterviewKit {
    id
    name
    targetRole
    totalMinutes
    version
    updatedAt
    rubric {
      id
      name
    }
    items {
      id
    }
  }
`);
