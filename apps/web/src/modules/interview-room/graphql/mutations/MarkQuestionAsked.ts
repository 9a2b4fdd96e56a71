import { graphql } from '@web/generated';

export const MarkQuestionAskedMutation = graphql(`
  mutation MarkQuestionAsked($input: MarkQuestionAskedInput!) {
    markQuestionAsked(input: $input) {
      ...SessionQuestionFields
    }
  }
`);
