import { graphql } from '@web/generated';

export const FacetCountFieldsFragment = graphql(`
  fragment FacetCountFields on FacetCount {
    value
    label
    count
  }
`);
