import { graphql } from '@web/generated';

export const UpdateKitMutation = graphql(`
  mutation UpdateKit($input: UpdateKitInput!) {
    updateKit(input: $input) {
      ...KitFields
    }
  }
`);
