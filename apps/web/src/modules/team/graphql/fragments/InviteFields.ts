import { graphql } from '@web/generated';

export const InviteFieldsFragment = graphql(`
  fragment InviteFields on Invite {
    id
    email
    role
    status
    invitedByName
    createdAt
    expiresAt
  }
`);
