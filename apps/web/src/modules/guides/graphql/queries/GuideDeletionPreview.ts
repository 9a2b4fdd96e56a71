import { graphql } from '@web/generated';

export const GuideDeletionPreviewQuery = graphql(`
  query GuideDeletionPreview($guideId: ID!) {
    guideDeletionPreview(guideId: $guideId) {
      guideId
      deletedQuestionCount
      keptQuestionCount
      affectedKitCount
    }
  }
`);
