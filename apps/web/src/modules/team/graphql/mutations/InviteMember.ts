import { graphql } from '@web/generated';

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      url
      invite {
        ...InviteFields
      }
    }
  }
`);
