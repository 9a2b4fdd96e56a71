import { graphql } from '@web/generated';

export const GuideImportResultFieldsFragment = graphql(`
  fragment GuideImportResultFields on GuideImportResult {
    fileName
    status
    guideId
    slug
    title
    unchanged
    created {
      ...QuestionChangeFields
    }
    revised {
      ...QuestionChangeFields
    }
    retired {
      ...QuestionChangeFields
    }
    warnings {
      line
      message
    }
    error {
      code
      line
      message
    }
  }
`);
