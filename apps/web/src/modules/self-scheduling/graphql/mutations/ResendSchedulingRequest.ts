import { graphql } from '@web/generated';

export const ResendSchedulingRequestMutation = graphql(`
  mutation ResendSchedulingRequest($input: SchedulingRequestIdInput!) {
    resendSchedulingRequest(input: $input) {
      ...SchedulingRequestFields
    }
  }
`);
