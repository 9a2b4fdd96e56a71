import { graphql } from '@web/generated';

export const AddQuestionToSessionMutation = graphql(`
  mutation AddQuestionToSession($input: AddQuestionToSessionInput!) {
    addQuestionToSession(input: $input) {
      ...SessionQuestionFields
    }
  }
`);
