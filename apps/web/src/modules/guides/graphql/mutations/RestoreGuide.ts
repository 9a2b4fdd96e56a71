import { graphql } from '@web/generated';

export const RestoreGuideMutation = graphql(`
  mutation RestoreGuide($input: RestoreGuideInput!) {
    restoreGuide(input: $input) {
      id
      retiredAt
      questionCount
    }
  }
`);
