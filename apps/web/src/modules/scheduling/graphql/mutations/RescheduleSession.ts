import { graphql } from '@web/generated';

export const RescheduleSessionMutation = graphql(`
  mutation RescheduleSession($input: RescheduleSessionInput!) {
    rescheduleSession(input: $input) {
      ...InterviewSessionFields
      history {
        ...SessionEventFields
      }
    }
  }
`);
