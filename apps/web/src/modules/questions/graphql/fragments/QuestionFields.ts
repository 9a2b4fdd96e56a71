import { graphql } from '@web/generated';

/** What a question shows in a list. */
export const QuestionFieldsFragment = graphql(`
  fragment QuestionFields on Question {
    id
    prompt
    kind
    kindKey
    kindName
    number
    retired
    guide {
      id
      title
    }
  }
`);
