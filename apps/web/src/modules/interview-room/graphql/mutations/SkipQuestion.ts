import { graphql } from '@web/generated';

export const SkipQuestionMutation = graphql(`
  mutation SkipQuestion($input: SkipQuestionInput!) {
    skipQuestion(input: $input) {
      ...SessionQuestionFields
    }
  }
`);
