import { graphql } from '@web/generated';

export const RetireGuideMutation = graphql(`
  mutation RetireGuide($input: RetireGuideInput!) {
    retireGuide(input: $input) {
      id
      retiredAt
      questionCount
    }
  }
`);
