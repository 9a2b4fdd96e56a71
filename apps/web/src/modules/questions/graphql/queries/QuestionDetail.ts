import { graphql } from '@web/generated';

export const QuestionDetailQuery = graphql(`
  query QuestionDetail($id: ID!) {
    question(id: $id) {
      ...QuestionEditableFields
    }
  }
`);
