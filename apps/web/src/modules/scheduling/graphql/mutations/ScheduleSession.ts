import { graphql } from '@web/generated';

export const ScheduleSessionMutation = graphql(`
  mutation ScheduleSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
      ...InterviewSessionFields
      history {
        ...SessionEventFields
      }
    }
  }
`);
