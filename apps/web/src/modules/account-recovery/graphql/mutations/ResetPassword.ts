import { graphql } from '@web/generated';

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ...ViewerFields
    }
  }
`);
