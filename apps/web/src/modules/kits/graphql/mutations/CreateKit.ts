import { graphql } from '@web/generated';

export const CreateKitMutation = graphql(`
  mutation CreateKit($input: CreateKitInput!) {
    createKit(input: $input) {
      ...KitFields
    }
  }
`);
