import { graphql } from '@web/generated';

export const RevokeInviteMutation = graphql(`
  mutation RevokeInvite($input: RevokeInviteInput!) {
    revokeInvite(input: $input) {
      ...InviteFields
    }
  }
`);
