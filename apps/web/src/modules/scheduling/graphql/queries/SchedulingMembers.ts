import { graphql } from '@web/generated';

export const SchedulingMembersQuery = graphql(`
  query SchedulingMembers {
    members {
      id
      active
      role
      user {
        id
        name
        email
        timeZone
      }
    }
  }
`);
