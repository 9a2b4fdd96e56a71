import { graphql } from '@web/generated';

export const PendingInvitesQuery = graphql(`
  query PendingInvites {
    invites {
      ...InviteFields
    }
  }
`);
