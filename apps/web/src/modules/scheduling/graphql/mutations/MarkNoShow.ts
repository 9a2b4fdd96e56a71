import { graphql } from '@web/generated';

export const MarkNoShowMutation = graphql(`
  mutation MarkNoShow($input: MarkNoShowInput!) {
    markNoShow(input: $input) {
      ...InterviewSessionFields
      history {
        ...SessionEventFields
      }
    }
  }
`);
