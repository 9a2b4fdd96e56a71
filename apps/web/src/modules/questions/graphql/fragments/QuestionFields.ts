import { graphql } from '@web/generated';

/** What a question shows in a list. */
export const QuestionFieldsFragment = graphql(`
  fragment QuestionFields on Question {
    id
    prompt
    kind
    kindKey
    number
    retired
    guide {
      id
      title
    }
  }
`);
