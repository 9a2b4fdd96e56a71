import { graphql } from '@web/generated';

export const CreateQuestionMutation = graphql(`
  mutation CreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      ...QuestionEditableFields
    }
  }
`);
