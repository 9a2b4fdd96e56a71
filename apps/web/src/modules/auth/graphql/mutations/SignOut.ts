import { graphql } from '@web/generated';

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
