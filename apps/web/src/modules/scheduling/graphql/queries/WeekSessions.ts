import { graphql } from '@web/generated';

export const WeekSessionsQuery = graphql(`
  query WeekSessions($from: DateTime!, $to: DateTime!, $interviewerId: ID) {
    sessions(from: $from, to: $to, interviewerId: $interviewerId) {
      ...InterviewSessionFields
    }
  }
`);
