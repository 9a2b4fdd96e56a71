import { graphql } from '@web/generated';

export const ModelAnswerFieldsFragment = graphql(`
  fragment ModelAnswerFields on ModelAnswer {
    summary
    fields {
      ...AnswerFieldFields
    }
    parts {
      title
      fields {
        ...AnswerFieldFields
      }
    }
  }
`);
