import { graphql } from '@web/generated';

export const QuestionChangeFieldsFragment = graphql(`
  fragment QuestionChangeFields on QuestionChange {
    kind
    kindName
    number
    prompt
  }
`);
