import { graphql } from '@web/generated';

export const RubricsQuery = graphql(`
  query Rubrics {
    rubrics {
      ...RubricFields
    }
  }
`);
