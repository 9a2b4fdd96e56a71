import { graphql } from '@web/generated';

export const AcceptInviteMutation = graphql(`
  mutation AcceptInvite($input: AcceptInviteInput!) {
    acceptInvite(input: $input) {
      ...ViewerFields
    }
  }
`);
