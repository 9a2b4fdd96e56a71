import { graphql } from '@web/generated';

export const UpdateRubricMutation = graphql(`
  mutation UpdateRubric($input: UpdateRubricInput!) {
    updateRubric(input: $input) {
      ...RubricFields
    }
  }
`);
