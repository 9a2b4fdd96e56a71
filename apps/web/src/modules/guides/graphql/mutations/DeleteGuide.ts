import { graphql } from '@web/generated';

export const DeleteGuideMutation = graphql(`
  mutation DeleteGuide($input: DeleteGuideInput!) {
    deleteGuide(input: $input) {
      guideId
      deletedQuestionCount
      keptQuestionCount
    }
  }
`);
