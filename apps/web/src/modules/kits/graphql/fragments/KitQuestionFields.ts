import { graphql } from '@web/generated';

export const KitQuestionFieldsFragment = graphql(`
  fragment KitQuestionFields on Question {
    id
    number
    prompt
    kind
    kindKey
    retired
    guide {
      id
      title
    }
  }
`);
