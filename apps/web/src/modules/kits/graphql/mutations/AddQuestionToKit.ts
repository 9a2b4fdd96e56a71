import { graphql } from '@web/generated';

export const AddQuestionToKitMutation = graphql(`
  mutation AddQuestionToKit($input: AddQuestionToKitInput!) {
    addQuestionToKit(input: $input) {
      ...KitFields
    }
  }
`);
