import { graphql } from '@web/generated';

export const MyInterviewsQuery = graphql(`
  query MyInterviews($days: Int!) {
    myInterviews(days: $days) {
      id
      startsAt
      endsAt
      timeZone
      status
      location
      kitName
      candidate {
        id
        name
        targetRole
      }
      panel {
        role
        user {
          id
          name
        }
      }
    }
  }
`);
