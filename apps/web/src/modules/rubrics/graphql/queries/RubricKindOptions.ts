import { graphql } from '@web/generated';

export const RubricKindOptionsQuery = graphql(`
  query RubricKindOptions {
    questionFacets {
      kinds {
        value
        label
        count
      }
    }
  }
`);
