import { graphql } from '@web/generated';

export const KitQuestionFieldsFragment = graphql(`
  fragment KitQuestionFields on Question {
    id
    number
    prompt
    kind
    kindKey
    kindName
    retired
    guide {
      id
      title
    }
  }
`);
