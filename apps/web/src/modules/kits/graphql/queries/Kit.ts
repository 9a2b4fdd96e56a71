import { graphql } from '@web/generated';

export const KitQuery = graphql(`
  query Kit($id: ID!) {
    kit(id: $id) {
      ...KitFields
    }
  }
`);
