import { graphql } from '@web/generated';

export const KitRubricOptionsQuery = graphql(`
  query KitRubricOptions {
    rubrics {
      id
      name
      defaultForKind
      defaultForKindName
    }
  }
`);
