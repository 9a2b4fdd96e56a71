import { graphql } from '@web/generated';

export const TeamMembersQuery = graphql(`
  query TeamMembers {
    team {
      id
      name
    }
    members {
      ...MembershipFields
    }
  }
`);
