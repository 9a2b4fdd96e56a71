import { graphql } from '@web/generated';

export const KitsQuery = graphql(`
  query Kits {
    kits {
      ...KitSummaryFields
    }
  }
`);
