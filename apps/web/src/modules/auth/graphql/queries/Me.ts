import { graphql } from '@web/generated';

export const MeQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);
