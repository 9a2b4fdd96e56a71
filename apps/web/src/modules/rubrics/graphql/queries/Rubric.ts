import { graphql } from '@web/generated';

export const RubricQuery = graphql(`
  query Rubric($id: ID!) {
    rubric(id: $id) {
      ...RubricFields
    }
  }
`);
