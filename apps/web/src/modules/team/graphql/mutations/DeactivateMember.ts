import { graphql } from '@web/generated';

export const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($input: DeactivateMemberInput!) {
    deactivateMember(input: $input) {
      ...MembershipFields
    }
  }
`);
