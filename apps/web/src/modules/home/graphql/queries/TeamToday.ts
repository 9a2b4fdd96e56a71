import { graphql } from '@web/generated';

export const TeamTodayQuery = graphql(`
  query TeamToday($from: DateTime!, $to: DateTime!) {
    sessions(from: $from, to: $to) {
      id
      startsAt
      endsAt
      status
      kitName
      candidate {
        id
        name
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
