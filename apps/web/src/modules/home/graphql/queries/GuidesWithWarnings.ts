import { graphql } from '@web/generated';

export const GuidesWithWarningsQuery = graphql(`
  query GuidesWithWarnings($first: Int!) {
    guides(withWarnings: true, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          sourceFileName
          importWarnings {
            line
            message
          }
        }
      }
    }
  }
`);
