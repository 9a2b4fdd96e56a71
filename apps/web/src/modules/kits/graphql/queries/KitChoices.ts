import { graphql } from '@web/generated';

export const KitChoicesQuery = graphql(`
  query KitChoices {
    kits {
      id
      name
      targetRole
      items {
        id
        question {
          id
        }
      }
    }
  }
`);
