import { graphql } from '@web/generated';

export const CreateSchedulingRequestMutation = graphql(`
  mutation CreateSchedulingRequest($input: CreateSchedulingRequestInput!) {
    createSchedulingRequest(input: $input) {
      ...SchedulingRequestFields
    }
  }
`);
