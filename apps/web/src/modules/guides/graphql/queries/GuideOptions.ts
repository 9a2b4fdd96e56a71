import { graphql } from '@web/generated';

/** Guides to pick from in a filter, searched on the server. */
export const GuideOptionsQuery = graphql(`
  query GuideOptions($search: String, $first: Int!) {
    guides(search: $search, first: $first) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);
