import { graphql } from '@web/generated';

export const PasswordResetPreviewQuery = graphql(`
  query PasswordResetPreview($token: String!) {
    passwordResetPreview(token: $token) {
      email
      purpose
      expiresAt
    }
  }
`);
