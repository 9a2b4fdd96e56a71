import { graphql } from '@web/generated';

export const UpdateQuestionMutation = graphql(`
  mutation UpdateQuestion($input: UpdateQuestionInput!) {
    updateQuestion(input: $input) {
      ...QuestionEditableFields
    }
  }
`);
