import { graphql } from '@web/generated';

export const MembershipFieldsFragment = graphql(`
  fragment MembershipFields on Membership {
    id
    role
    active
    joinedAt
    user {
      id
      name
      email
    }
  }
`);
