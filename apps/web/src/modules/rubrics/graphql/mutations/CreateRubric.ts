import { graphql } from '@web/generated';

export const CreateRubricMutation = graphql(`
  mutation CreateRubric($input: CreateRubricInput!) {
    createRubric(input: $input) {
      ...RubricFields
    }
  }
`);
