import { graphql } from '@web/generated';

export const RevokeSchedulingRequestMutation = graphql(`
  mutation RevokeSchedulingRequest($input: SchedulingRequestIdInput!) {
    revokeSchedulingRequest(input: $input) {
      ...SchedulingRequestFields
    }
  }
`);
