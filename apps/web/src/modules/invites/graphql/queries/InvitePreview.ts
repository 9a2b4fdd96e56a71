import { graphql } from '@web/generated';

export const InvitePreviewQuery = graphql(`
  query InvitePreview($token: String!) {
    invitePreview(token: $token) {
      teamName
      email
      role
      hasAccount
    }
  }
`);
